import { describe, expect, it } from "vitest";
import { actsForCompany, keepsAnAdmin, membershipOnVerification } from "#app/domain/memberships.ts";

describe("membership rules", () => {
  it("lets the first to prove an address claim a company nobody administers", () => {
    expect(membershipOnVerification("pending", false)).toBe("admin");
  });

  it("makes everyone later wait for approval, whatever their address", () => {
    expect(membershipOnVerification("pending", true)).toBe("pending");
    expect(membershipOnVerification(null, true)).toBe("pending");
  });

  it("keeps a standing the chair already granted", () => {
    expect(membershipOnVerification("admin", true)).toBe("admin");
    expect(membershipOnVerification("member", true)).toBe("member");
  });

  it("lets only approved members act for the company", () => {
    expect(actsForCompany("admin")).toBe(true);
    expect(actsForCompany("member")).toBe(true);
    expect(actsForCompany("pending")).toBe(false);
    expect(actsForCompany(null)).toBe(false);
  });

  it("never lets the last administrator go", () => {
    expect(keepsAnAdmin(1, 1)).toBe(false);
    expect(keepsAnAdmin(2, 1)).toBe(true);
  });
});
