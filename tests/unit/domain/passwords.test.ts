import { describe, expect, it } from "vitest";
import { findPasswordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#app/domain/passwords.ts";
import { hashPassword, verifyPassword } from "#app/domain/passwords.server.ts";

describe("password rules", () => {
  it("accepts a long passphrase", () => {
    expect(findPasswordProblem("kaffe og kanelboller", "kari@bedrift.no")).toBeNull();
  });

  it("refuses a password one character short of the minimum", () => {
    expect(findPasswordProblem("a".repeat(PASSWORD_MIN_LENGTH - 1), "kari@bedrift.no")).toBe("too-short");
    expect(findPasswordProblem("a".repeat(PASSWORD_MIN_LENGTH), "kari@bedrift.no")).toBeNull();
  });

  it("counts characters, not bytes, so æøå are one character each", () => {
    expect(findPasswordProblem("æøåæøåæøåæ", "kari@bedrift.no")).toBeNull();
    expect(findPasswordProblem("æøåæøåæøå", "kari@bedrift.no")).toBe("too-short");
  });

  it("refuses an absurdly long password", () => {
    expect(findPasswordProblem("a".repeat(PASSWORD_MAX_LENGTH + 1), "kari@bedrift.no")).toBe("too-long");
  });

  it("refuses the e-mail address as password, whatever the case", () => {
    expect(findPasswordProblem("Kari.Nordmann@Bedrift.no", "kari.nordmann@bedrift.no")).toBe("same-as-email");
  });
});

describe("password hashing", () => {
  it("stores an Argon2id hash that verifies only the right password", async () => {
    const hash = await hashPassword("kaffe og kanelboller");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "kaffe og kanelboller")).toBe(true);
    expect(await verifyPassword(hash, "kaffe og kanelbollar")).toBe(false);
  });

  it("never accepts a login for an unknown account", async () => {
    expect(await verifyPassword(null, "no account has this password")).toBe(false);
  });
});
