import { describe, expect, it } from "vitest";
import { formatOrgNumber, isValidOrgNumber, normaliseOrgNumber } from "#app/domain/org-number.ts";

describe("Norwegian organisation number", () => {
  it.each(["923609016", "974760673", "982463718", "971524960", "985399077"])("accepts the real number %s", (number) => {
    expect(isValidOrgNumber(number)).toBe(true);
  });

  it("accepts a number typed with spaces, as it is often printed", () => {
    expect(isValidOrgNumber("923 609 016")).toBe(true);
    expect(normaliseOrgNumber(" 923 609 016 ")).toBe("923609016");
  });

  it.each(["9236 09016", "92 36 09 016", "NO 923 609 016 MVA", "923609016MVA", "no923609016 mva", "923.609.016"])(
    "accepts %j, the number grouped differently or in the VAT register's form",
    (value) => {
      expect(normaliseOrgNumber(value)).toBe("923609016");
      expect(isValidOrgNumber(value)).toBe(true);
    },
  );

  it("shows the number in three groups, as the register prints it", () => {
    expect(formatOrgNumber("923609016")).toBe("923 609 016");
  });

  it("rejects a number whose check digit is wrong", () => {
    expect(isValidOrgNumber("923609017")).toBe(false);
    expect(isValidOrgNumber("123456789")).toBe(false);
  });

  it("rejects numbers whose check digit would have to be 10", () => {
    // 0000 0006: weighted sum 2·6 = 12, remainder 1, check digit 11 − 1 = 10, which no digit can be.
    for (let last = 0; last <= 9; last += 1) expect(isValidOrgNumber(`00000006${last}`)).toBe(false);
  });

  it("accepts a check digit of 0 when the weighted sum is divisible by 11", () => {
    expect(isValidOrgNumber("100000040")).toBe(true);
  });

  it.each(["", "92360901", "9236090161", "92360901a", "923-609-016"])("rejects the malformed value %j", (value) => {
    expect(isValidOrgNumber(value)).toBe(false);
  });
});
