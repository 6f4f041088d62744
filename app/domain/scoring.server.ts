import { and, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { cases, categories, competitions, organisations, scoreSheets } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCalibrated, samplesLeftFor } from "./calibration.server.ts";
import { getCase } from "./cases.server.ts";
import { competingTitle } from "./case-versions.server.ts";
import { isRoundOpen } from "./deadlines.ts";
import { DomainError, fieldsRefused, notFound } from "./errors.ts";
import { freezingPublication, requireNotPublished, SHEET_FREEZING_STAGES } from "./publication-freeze.server.ts";
import type { ScoringRound } from "./jury-states.ts";
import { findOwnAssignment } from "./jury.server.ts";
import { publishedFinalistIds, refreshRanking } from "./ranking.server.ts";
import type { Actor } from "./permissions.ts";
import { sheetProblems, type SheetInput } from "./scoring.ts";
import { byStepField } from "./steps.ts";

export type { SheetInput };

function jurorActor(jurorId: string): Actor {
  return { id: jurorId, role: "juror", organisationId: null };
}

/**
 * What a juror sees for an assigned case: before the conflict question only the question; with a
 * declared conflict nothing (404); afterwards the case, the sheet and whether it can still change.
 */
export function getJurorCase(
  db: AppDatabase,
  jurorId: string,
  caseId: number,
  now: Date,
  round: ScoringRound = "main",
) {
  const assignment = findOwnAssignment(db, jurorId, caseId);
  if (assignment.conflictStatus === "declared") throw notFound();
  if (assignment.conflictStatus === "unconfirmed") {
    const preview = db
      .select({
        title: competingTitle,
        categoryName: categories.name,
        organisationName: organisations.name,
        isBlindJudging: competitions.isBlindJudging,
      })
      .from(cases)
      .innerJoin(categories, eq(cases.categoryId, categories.id))
      .innerJoin(organisations, eq(cases.organisationId, organisations.id))
      .innerJoin(competitions, eq(cases.competitionId, competitions.id))
      .where(eq(cases.id, caseId))
      .get()!;
    return {
      stage: "conflict-question" as const,
      assignment,
      title: preview.title,
      categoryName: preview.categoryName,
      organisationName: organisationForJuror(preview, { name: preview.organisationName }),
    };
  }
  const found = getCase(db, jurorActor(jurorId), caseId, now);
  // The final round exists only once opened, and only for the published finalists.
  if (
    round === "final" &&
    (!found.competition.finalRoundOpenedAt || !publishedFinalistIds(db, found.competition.id).includes(caseId))
  )
    throw notFound();
  const sheet =
    db
      .select()
      .from(scoreSheets)
      .where(and(eq(scoreSheets.assignmentId, assignment.id), eq(scoreSheets.round, round)))
      .get() ?? null;
  const current = found.case.submittedVersion;
  // Open to change only while the round runs and no publication rests on its sheets.
  const scoringOpen =
    isRoundOpen(round, found.competition, now) &&
    freezingPublication(db, found.competition.id, SHEET_FREEZING_STAGES[round]) === null;
  return {
    /** Set when the company submitted a new version since this juror's sheet was saved. */
    changedSince:
      sheet?.caseVersion != null && current !== null && sheet.caseVersion < current
        ? { scored: sheet.caseVersion, current }
        : null,
    stage: "scoring" as const,
    /** Samples of an open calibration round the juror must submit before this sheet may change. */
    calibrationLeft: scoringOpen ? samplesLeftFor(db, jurorId, found.competition.id) : [],
    assignment,
    found,
    sheet,
    round,
    scoringOpen,
  };
}

/** The organisation's name as the juror may see it: hidden under blind judging. */
export function organisationForJuror(
  competition: { isBlindJudging: boolean },
  organisation: { name: string },
): string | null {
  return competition.isBlindJudging ? null : organisation.name;
}

function requireOpenSheet(db: AppDatabase, jurorId: string, caseId: number, round: ScoringRound, now: Date) {
  const view = getJurorCase(db, jurorId, caseId, now, round);
  // Before the conflict question the case is not open to this juror at all.
  if (view.stage !== "scoring") throw notFound();
  requireNotPublished(db, view.found.competition.id, "sheet", { stages: SHEET_FREEZING_STAGES[round] });
  if (!view.scoringOpen) throw new DomainError("forbidden", "jury.sheet.closed");
  requireCalibrated(db, jurorId, view.found.competition.id);
  return view;
}

/** Saves the sheet as a draft, or finalises it when every step has a score. */
export function saveScoreSheet(
  db: AppDatabase,
  jurorId: string,
  caseId: number,
  input: SheetInput,
  finalise: boolean,
  now: Date,
  round: ScoringRound = "main",
): void {
  const view = requireOpenSheet(db, jurorId, caseId, round, now);
  if (view.sheet?.status === "final") throw new DomainError("conflict", "jury.sheet.isFinal");
  const scale = { min: view.found.competition.scaleMin, max: view.found.competition.scaleMax };
  const problems = sheetProblems(input.scores, scale, finalise);
  if (problems[0]) throw fieldsRefused([problems[0], ...problems.slice(1)]);
  const values = {
    ...byStepField("scoreField", (step) => input.scores[step.key]),
    ...byStepField("commentField", (step) => input.comments[step.key].trim()),
    overallComment: input.comments.overall.trim(),
    status: finalise ? ("final" as const) : ("draft" as const),
    // The version read while scoring, so "changed since you scored it" compares exact versions.
    caseVersion: view.found.case.submittedVersion,
    finalisedAt: finalise ? now : null,
    updatedAt: now,
  };
  db.transaction((tx) => {
    tx.insert(scoreSheets)
      .values({ assignmentId: view.assignment.id, round, ...values })
      .onConflictDoUpdate({ target: [scoreSheets.assignmentId, scoreSheets.round], set: values })
      .run();
    if (finalise) {
      writeAudit(tx, {
        actorId: jurorId,
        action: "sheet.finalised",
        subjectType: "case",
        subjectId: caseId,
        details: { round, scores: input.scores },
        at: now,
      });
      refreshRanking(tx, view.found.competition.id, now, {
        round,
        categoryId: view.found.case.categoryId,
        caseId: view.found.case.id,
      });
    }
  });
}

export function reopenScoreSheet(
  db: AppDatabase,
  jurorId: string,
  caseId: number,
  now: Date,
  round: ScoringRound = "main",
): void {
  const view = requireOpenSheet(db, jurorId, caseId, round, now);
  if (view.sheet?.status !== "final") throw new DomainError("conflict", "case.refused.notAllowed");
  db.transaction((tx) => {
    tx.update(scoreSheets)
      .set({ status: "draft", finalisedAt: null, updatedAt: now })
      .where(eq(scoreSheets.id, view.sheet!.id))
      .run();
    writeAudit(tx, {
      actorId: jurorId,
      action: "sheet.reopened",
      subjectType: "case",
      subjectId: caseId,
      details: { round },
      at: now,
    });
    refreshRanking(tx, view.found.competition.id, now, {
      round,
      categoryId: view.found.case.categoryId,
      caseId: view.found.case.id,
    });
  });
}
