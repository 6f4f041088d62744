import { describe, expect, it } from "vitest";
import { canEntrantEdit, caseStage, nextCaseStatus, type CaseState } from "#app/domain/case-status.ts";

const draft: CaseState = { status: "draft", isReopened: false, hasSubmittedVersion: false };
const submitted: CaseState = { status: "submitted", isReopened: false, hasSubmittedVersion: true };
const reopened: CaseState = { status: "submitted", isReopened: true, hasSubmittedVersion: true };
const withdrawnNeverSubmitted: CaseState = { status: "withdrawn", isReopened: false, hasSubmittedVersion: false };
const withdrawnAfterSubmit: CaseState = { status: "withdrawn", isReopened: false, hasSubmittedVersion: true };
const disqualified: CaseState = { status: "disqualified", isReopened: false, hasSubmittedVersion: true };

describe("case state machine while submissions are open", () => {
  it("runs draft → submitted → reopened (still submitted) → submitted", () => {
    expect(nextCaseStatus(draft, "submit", "open")).toEqual({ ok: true, status: "submitted", isReopened: false });
    expect(nextCaseStatus(submitted, "reopen", "open")).toEqual({ ok: true, status: "submitted", isReopened: true });
    expect(nextCaseStatus(reopened, "submit", "open")).toEqual({ ok: true, status: "submitted", isReopened: false });
  });

  it("keeps a reopened case competing: its status stays submitted while the working copy is edited", () => {
    expect(caseStage(reopened)).toBe("reopened");
    expect(nextCaseStatus(reopened, "save", "open")).toEqual({ ok: true, status: "submitted", isReopened: true });
    expect(canEntrantEdit(reopened, "open")).toBe(true);
  });

  it("lets a draft, a submitted or a reopened case be withdrawn", () => {
    for (const state of [draft, submitted, reopened]) {
      expect(nextCaseStatus(state, "withdraw", "open")).toEqual({ ok: true, status: "withdrawn", isReopened: false });
    }
  });

  it("restores the last submitted version as submitted, or a case never submitted as a draft", () => {
    expect(nextCaseStatus(withdrawnAfterSubmit, "restore", "open")).toEqual({
      ok: true,
      status: "submitted",
      isReopened: false,
    });
    expect(nextCaseStatus(withdrawnNeverSubmitted, "restore", "open")).toEqual({
      ok: true,
      status: "draft",
      isReopened: false,
    });
  });

  it("refuses a second submit of a submitted case (double click)", () => {
    expect(nextCaseStatus(submitted, "submit", "open")).toEqual({ ok: false, reason: "not-allowed" });
  });

  it("saves text only in a draft or a working copy: a submitted case must be reopened first", () => {
    expect(nextCaseStatus(draft, "save", "open")).toEqual({ ok: true, status: "draft", isReopened: false });
    expect(nextCaseStatus(submitted, "save", "open")).toEqual({ ok: false, reason: "not-allowed" });
    expect(canEntrantEdit(submitted, "open")).toBe(false);
  });

  it("refuses to reopen a draft or a reopened case, or restore a case that was not withdrawn", () => {
    expect(nextCaseStatus(draft, "reopen", "open")).toEqual({ ok: false, reason: "not-allowed" });
    expect(nextCaseStatus(reopened, "reopen", "open")).toEqual({ ok: false, reason: "not-allowed" });
    expect(nextCaseStatus(submitted, "restore", "open")).toEqual({ ok: false, reason: "not-allowed" });
  });
});

describe("before submissions open", () => {
  it("lets a company write drafts early but not submit", () => {
    expect(canEntrantEdit(draft, "not-open")).toBe(true);
    expect(nextCaseStatus(draft, "submit", "not-open")).toEqual({ ok: false, reason: "not-open-yet" });
  });
});

describe("after the deadline", () => {
  it.each(["save", "submit", "reopen", "withdraw", "restore"] as const)(
    "refuses %s with 'deadline passed'",
    (action) => {
      const from = action === "reopen" ? submitted : action === "restore" ? withdrawnAfterSubmit : draft;
      expect(nextCaseStatus(from, action, "closed")).toEqual({ ok: false, reason: "deadline-passed" });
    },
  );

  it("leaves an unsent working copy unsent: the reopened case can no longer be saved or submitted", () => {
    expect(nextCaseStatus(reopened, "save", "closed")).toEqual({ ok: false, reason: "deadline-passed" });
    expect(nextCaseStatus(reopened, "submit", "closed")).toEqual({ ok: false, reason: "deadline-passed" });
  });

  it("still lets the chair disqualify a submitted or reopened case", () => {
    expect(nextCaseStatus(submitted, "disqualify", "closed")).toEqual({
      ok: true,
      status: "disqualified",
      isReopened: false,
    });
    expect(nextCaseStatus(reopened, "disqualify", "closed").ok).toBe(true);
  });
});

describe("disqualification", () => {
  it("applies only to submitted cases and nothing changes a disqualified case", () => {
    expect(nextCaseStatus(draft, "disqualify", "open")).toEqual({ ok: false, reason: "not-allowed" });
    for (const action of ["save", "submit", "reopen", "withdraw", "restore", "disqualify"] as const) {
      expect(nextCaseStatus(disqualified, action, "open").ok).toBe(false);
    }
  });
});
