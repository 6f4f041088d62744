import { describe, expect, it } from "vitest";
import { canEntrantEdit, nextCaseStatus } from "#app/domain/case-status.ts";

describe("case state machine while submissions are open", () => {
  it("runs draft → submitted → reopened (draft) → submitted", () => {
    expect(nextCaseStatus("draft", "submit", "open")).toEqual({ ok: true, status: "submitted" });
    expect(nextCaseStatus("submitted", "reopen", "open")).toEqual({ ok: true, status: "draft" });
    expect(nextCaseStatus("draft", "submit", "open")).toEqual({ ok: true, status: "submitted" });
  });

  it("lets a draft or a submitted case be withdrawn, and a withdrawn one be restored as a draft", () => {
    expect(nextCaseStatus("draft", "withdraw", "open")).toEqual({ ok: true, status: "withdrawn" });
    expect(nextCaseStatus("submitted", "withdraw", "open")).toEqual({ ok: true, status: "withdrawn" });
    expect(nextCaseStatus("withdrawn", "restore", "open")).toEqual({ ok: true, status: "draft" });
  });

  it("refuses a second submit of a submitted case (double click)", () => {
    expect(nextCaseStatus("submitted", "submit", "open")).toEqual({ ok: false, reason: "not-allowed" });
  });

  it("saves text only in a draft: a submitted case must be reopened first", () => {
    expect(nextCaseStatus("draft", "save", "open")).toEqual({ ok: true, status: "draft" });
    expect(nextCaseStatus("submitted", "save", "open")).toEqual({ ok: false, reason: "not-allowed" });
    expect(canEntrantEdit("submitted", "open")).toBe(false);
  });

  it("refuses to reopen a draft or restore a case that was not withdrawn", () => {
    expect(nextCaseStatus("draft", "reopen", "open")).toEqual({ ok: false, reason: "not-allowed" });
    expect(nextCaseStatus("submitted", "restore", "open")).toEqual({ ok: false, reason: "not-allowed" });
  });
});

describe("before submissions open", () => {
  it("lets a company write drafts early but not submit", () => {
    expect(canEntrantEdit("draft", "not-open")).toBe(true);
    expect(nextCaseStatus("draft", "submit", "not-open")).toEqual({ ok: false, reason: "not-open-yet" });
  });
});

describe("after the deadline", () => {
  it.each(["save", "submit", "reopen", "withdraw", "restore"] as const)(
    "refuses %s with 'deadline passed'",
    (action) => {
      expect(
        nextCaseStatus(
          action === "reopen" ? "submitted" : action === "restore" ? "withdrawn" : "draft",
          action,
          "closed",
        ),
      ).toEqual({
        ok: false,
        reason: "deadline-passed",
      });
    },
  );

  it("still lets the chair disqualify a submitted case", () => {
    expect(nextCaseStatus("submitted", "disqualify", "closed")).toEqual({ ok: true, status: "disqualified" });
  });
});

describe("disqualification", () => {
  it("applies only to submitted cases and nothing changes a disqualified case", () => {
    expect(nextCaseStatus("draft", "disqualify", "open")).toEqual({ ok: false, reason: "not-allowed" });
    for (const action of ["save", "submit", "reopen", "withdraw", "restore", "disqualify"] as const) {
      expect(nextCaseStatus("disqualified", action, "open").ok).toBe(false);
    }
  });
});
