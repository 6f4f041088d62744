import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "#app/forms/audit-filter.ts";

describe("audit log filters from the address", () => {
  it("reads case, user, action and page", () => {
    expect(parseAuditFilter(new URLSearchParams("case=12&user=u-1&action=case.submitted&page=3"))).toEqual({
      caseId: 12,
      userId: "u-1",
      action: "case.submitted",
      page: 3,
    });
  });

  it("drops empty and nonsensical values instead of failing", () => {
    expect(parseAuditFilter(new URLSearchParams("case=&user=&action=&page="))).toEqual({});
    expect(parseAuditFilter(new URLSearchParams(`case=abc&page=-2&action=${"x".repeat(500)}`))).toEqual({});
    expect(parseAuditFilter(new URLSearchParams("case=1.5&page=1e99"))).toEqual({});
  });
});
