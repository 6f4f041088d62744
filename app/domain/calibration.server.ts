import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { calibrationRounds, calibrationSamples, calibrationSheets, competitions, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import {
  compareSampleSheet,
  MAX_CALIBRATION_SAMPLES,
  samplesStillToCalibrate,
  spreadOf,
  type SampleInput,
  type SheetComparison,
} from "./calibration.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { isScoringOpen } from "./deadlines.ts";
import type { CalibrationSort } from "./list-sorts.ts";
import { sortRows, type SortDirection } from "./paging.ts";
import { DomainError, fieldsRefused, notFound } from "./errors.ts";
import { freezingPublication, requireNotPublished } from "./publication-freeze.server.ts";
import { sheetProblems, type Scale, type SheetInput } from "./scoring.ts";
import type { StepScores, StepWeights } from "./step-weights.ts";
import { byStepField, perStep } from "./steps.ts";

// The calibration round (ADR 0032): the chair writes one or two sample cases, every juror scores
// them on the ordinary score sheet, and sees how their scores compare before scoring real cases.
// Samples live in their own tables, never in `cases`, so nothing that reads cases can meet them.

type CompetitionRow = typeof competitions.$inferSelect;
type SheetRow = typeof calibrationSheets.$inferSelect;

/**
 * Samples are scored with the competition's default step weights (those copied into new
 * categories): a sample belongs to no category, and the defaults are the jury's common yardstick.
 */
export function calibrationWeights(competition: CompetitionRow): StepWeights {
  return perStep((step) => competition[step.defaultWeightField]);
}

const scaleOf = (competition: CompetitionRow): Scale => ({ min: competition.scaleMin, max: competition.scaleMax });

function roundOf(db: DbOrTransaction, competitionId: number) {
  const round = db.select().from(calibrationRounds).where(eq(calibrationRounds.competitionId, competitionId)).get();
  if (!round) return null;
  const samples = db
    .select()
    .from(calibrationSamples)
    .where(eq(calibrationSamples.roundId, round.id))
    .orderBy(asc(calibrationSamples.position))
    .all();
  return { ...round, isOpen: round.closedAt === null, samples };
}

function sheetsOfSamples(db: DbOrTransaction, sampleIds: number[]) {
  if (sampleIds.length === 0) return [];
  return db.select().from(calibrationSheets).where(inArray(calibrationSheets.sampleId, sampleIds)).all();
}

const scoresOf = (sheet: SheetRow): StepScores => perStep((step) => sheet[step.scoreField] ?? 0);

/** The chair's changes wait while nothing is published and scoring is not locked. */
function requireChairMayChange(db: DbOrTransaction, competitionId: number) {
  const competition = requireCompetition(db, competitionId);
  requireNotPublished(db, competitionId, "calibration");
  if (competition.scoringLockedAt !== null) throw new DomainError("conflict", "calibration.refused.locked");
  return competition;
}

/** Stores the round's samples in the order given, trimmed, and audits it under `action` with their titles. */
function writeSamples(
  tx: DbOrTransaction,
  what: { chairId: string; competitionId: number; roundId: number; action: string },
  samples: readonly SampleInput[],
  now: Date,
) {
  const rows = samples.map((sample, index) => ({
    roundId: what.roundId,
    position: index + 1,
    ...trimmed(sample),
    updatedAt: now,
  }));
  tx.insert(calibrationSamples).values(rows).run();
  writeAudit(tx, {
    actorId: what.chairId,
    action: what.action,
    subjectType: "competition",
    subjectId: what.competitionId,
    details: { samples: rows.map((row) => row.title) },
    at: now,
  });
}

const trimmed = (sample: SampleInput): SampleInput => ({
  title: sample.title.trim(),
  summary: sample.summary.trim(),
  servicePromise: sample.servicePromise.trim(),
  anchoring: sample.anchoring.trim(),
  realisation: sample.realisation.trim(),
});

function requireSampleCount(samples: readonly SampleInput[]) {
  if (samples.length < 1 || samples.length > MAX_CALIBRATION_SAMPLES)
    throw new DomainError("invalid", "calibration.refused.sampleCount");
}

/** Opens the competition's calibration round with its one or two samples. */
export function openCalibration(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  samples: readonly SampleInput[],
  now: Date,
): void {
  requireSampleCount(samples);
  db.transaction((tx) => {
    requireChairMayChange(tx, competitionId);
    if (roundOf(tx, competitionId)) throw new DomainError("conflict", "calibration.refused.alreadyOpened");
    const round = tx
      .insert(calibrationRounds)
      .values({ competitionId, openedById: chairId, openedAt: now })
      .returning({ id: calibrationRounds.id })
      .get();
    writeSamples(tx, { chairId, competitionId, roundId: round.id, action: "calibration.opened" }, samples, now);
  });
}

/** Rewrites the samples, as long as no juror has begun a sheet on them (the jury must read the same text). */
export function saveCalibrationSamples(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  samples: readonly SampleInput[],
  now: Date,
): void {
  requireSampleCount(samples);
  db.transaction((tx) => {
    requireChairMayChange(tx, competitionId);
    const round = roundOf(tx, competitionId);
    if (!round?.isOpen) throw new DomainError("conflict", "calibration.refused.notOpen");
    if (
      sheetsOfSamples(
        tx,
        round.samples.map((sample) => sample.id),
      ).length > 0
    )
      throw new DomainError("conflict", "calibration.refused.sheetsExist");
    tx.delete(calibrationSamples).where(eq(calibrationSamples.roundId, round.id)).run();
    writeSamples(tx, { chairId, competitionId, roundId: round.id, action: "calibration.samplesChanged" }, samples, now);
  });
}

/** Closes the round for good: jurors who did not calibrate may then score real cases anyway. */
export function closeCalibration(db: AppDatabase, chairId: string, competitionId: number, now: Date): void {
  db.transaction((tx) => {
    requireChairMayChange(tx, competitionId);
    const round = roundOf(tx, competitionId);
    if (!round?.isOpen) throw new DomainError("conflict", "calibration.refused.notOpen");
    tx.update(calibrationRounds)
      .set({ closedAt: now, closedById: chairId })
      .where(eq(calibrationRounds.id, round.id))
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: "calibration.closed",
      subjectType: "competition",
      subjectId: competitionId,
      at: now,
    });
  });
}

/**
 * What the chair sees of the round: per sample, every juror's submitted sheet by name with their
 * comparison against the others (the jurors' own function), the spread of totals, and who has not
 * submitted yet (every active juror; a draft counts as not yet).
 */
type ChairSheetRow = { name: string; scores: StepScores; comparison: SheetComparison };

const CHAIR_SORT_KEYS: Record<CalibrationSort, (row: ChairSheetRow) => string | number> = {
  juror: (row) => row.name,
  promise: (row) => row.scores.promise,
  anchoring: (row) => row.scores.anchoring,
  realisation: (row) => row.scores.realisation,
  total: (row) => row.comparison.total.own,
  difference: (row) => row.comparison.total.difference ?? 0,
};

export function calibrationForChair(
  db: AppDatabase,
  competitionId: number,
  order: { sort: CalibrationSort; dir: SortDirection } = { sort: "juror", dir: "asc" },
) {
  const competition = requireCompetition(db, competitionId);
  const round = roundOf(db, competitionId);
  // The same conditions the commands check, so the page offers only what will be accepted.
  const mayChange = competition.scoringLockedAt === null && freezingPublication(db, competitionId) === null;
  if (!round) return { competition, mayChange, round: null, samples: [], hasSheets: false };
  const weights = calibrationWeights(competition);
  const scale = scaleOf(competition);
  const sheets = sheetsOfSamples(
    db,
    round.samples.map((sample) => sample.id),
  );
  const names = new Map(
    db
      .select({ id: users.id, name: users.name, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.role, "juror"))
      .all()
      .map((juror) => [juror.id, juror]),
  );
  const activeJurors = [...names.values()].filter((juror) => juror.deletedAt === null);
  const samples = round.samples.map((sample) => {
    const submitted = sheets.filter((sheet) => sheet.sampleId === sample.id && sheet.status === "final");
    const rows = submitted.map((sheet) => ({
      jurorId: sheet.jurorId,
      name: names.get(sheet.jurorId)?.name ?? "",
      scores: scoresOf(sheet),
      comparison: compareSampleSheet(
        scoresOf(sheet),
        submitted.filter((other) => other.id !== sheet.id).map(scoresOf),
        weights,
        scale,
      ),
    }));
    const done = new Set(submitted.map((sheet) => sheet.jurorId));
    return {
      ...sample,
      rows: sortRows(rows, CHAIR_SORT_KEYS[order.sort], order.dir),
      spread: spreadOf(rows.map((row) => row.comparison.total.own)),
      missing: activeJurors
        .filter((juror) => !done.has(juror.id))
        .map((juror) => juror.name)
        .sort((a, b) => a.localeCompare(b, "nb")),
    };
  });
  return { competition, mayChange, round, samples, hasSheets: sheets.length > 0 };
}

/**
 * The open calibration rounds with the juror's status per sample: the dashboard's list. A round in
 * a competition whose scoring has closed asks nothing more of anyone, so it is left out.
 */
export function openCalibrationsForJuror(db: AppDatabase, jurorId: string, now: Date) {
  const rounds = db
    .select({ competition: competitions })
    .from(calibrationRounds)
    .innerJoin(competitions, eq(competitions.id, calibrationRounds.competitionId))
    .where(isNull(calibrationRounds.closedAt))
    .orderBy(asc(competitions.year))
    .all()
    .filter((row) => isScoringOpen(row.competition, now));
  return rounds.map(({ competition: { id: competitionId, name } }) => {
    const round = roundOf(db, competitionId)!;
    const own = sheetsOfSamples(
      db,
      round.samples.map((sample) => sample.id),
    ).filter((sheet) => sheet.jurorId === jurorId);
    return {
      competitionId,
      name,
      samples: round.samples.map((sample) => ({
        id: sample.id,
        title: sample.title,
        status: own.find((sheet) => sheet.sampleId === sample.id)?.status ?? null,
      })),
    };
  });
}

/** The samples this juror must still submit before their real sheets in the competition may change. */
export function samplesLeftFor(db: DbOrTransaction, jurorId: string, competitionId: number): number[] {
  const round = roundOf(db, competitionId);
  if (!round) return [];
  const submitted = sheetsOfSamples(
    db,
    round.samples.map((sample) => sample.id),
  )
    .filter((sheet) => sheet.jurorId === jurorId && sheet.status === "final")
    .map((sheet) => sheet.sampleId);
  return samplesStillToCalibrate({ isOpen: round.isOpen, sampleIds: round.samples.map((s) => s.id) }, submitted);
}

/** Refuses (409) a change to a real sheet while the juror has samples left in an open calibration round. */
export function requireCalibrated(db: DbOrTransaction, jurorId: string, competitionId: number): void {
  const left = samplesLeftFor(db, jurorId, competitionId);
  if (left.length > 0) throw new DomainError("conflict", "calibration.refused.calibrateFirst");
}

function findSample(db: DbOrTransaction, sampleId: number) {
  const row = db
    .select({ sample: calibrationSamples, round: calibrationRounds })
    .from(calibrationSamples)
    .innerJoin(calibrationRounds, eq(calibrationRounds.id, calibrationSamples.roundId))
    .where(eq(calibrationSamples.id, sampleId))
    .get();
  if (!row) throw notFound();
  return row;
}

/**
 * A sample as the juror scores it: the text, their own sheet, and once it is submitted, how it
 * compares with the other jurors' submitted sheets (counted, never named). Any juror may calibrate;
 * a sample of a closed round still shows its comparison to those who submitted, and is otherwise gone.
 */
export function jurorSample(db: AppDatabase, jurorId: string, sampleId: number, now: Date) {
  const { sample, round } = findSample(db, sampleId);
  const competition = requireCompetition(db, round.competitionId);
  const sheets = sheetsOfSamples(db, [sample.id]);
  const own = sheets.find((sheet) => sheet.jurorId === jurorId) ?? null;
  const isRoundOpen = round.closedAt === null;
  if (!isRoundOpen && own?.status !== "final") throw notFound();
  const weights = calibrationWeights(competition);
  const comparison: SheetComparison | null =
    own?.status === "final"
      ? compareSampleSheet(
          scoresOf(own),
          sheets.filter((sheet) => sheet.status === "final" && sheet.id !== own.id).map(scoresOf),
          weights,
          scaleOf(competition),
        )
      : null;
  return {
    sample,
    competition,
    weights,
    own,
    comparison,
    open: isRoundOpen && isScoringOpen(competition, now),
  };
}

/** Saves the juror's sample sheet as a draft, or submits it for good when every step has a score. */
export function saveCalibrationSheet(
  db: AppDatabase,
  jurorId: string,
  sampleId: number,
  input: SheetInput,
  finalise: boolean,
  now: Date,
): void {
  db.transaction((tx) => {
    const { sample, round } = findSample(tx, sampleId);
    if (round.closedAt !== null) throw new DomainError("conflict", "calibration.refused.notOpen");
    const competition = requireCompetition(tx, round.competitionId);
    requireNotPublished(tx, competition.id, "calibration");
    if (!isScoringOpen(competition, now)) throw new DomainError("forbidden", "jury.sheet.closed");
    const own = tx
      .select()
      .from(calibrationSheets)
      .where(and(eq(calibrationSheets.sampleId, sample.id), eq(calibrationSheets.jurorId, jurorId)))
      .get();
    // Submitted is for good, so the comparison the juror saw stays honest.
    if (own?.status === "final") throw new DomainError("conflict", "calibration.sheet.alreadySubmitted");
    const problems = sheetProblems(input.scores, scaleOf(competition), finalise);
    if (problems[0]) throw fieldsRefused([problems[0], ...problems.slice(1)]);
    const values = {
      ...byStepField("scoreField", (step) => input.scores[step.key]),
      ...byStepField("commentField", (step) => input.comments[step.key].trim()),
      overallComment: input.comments.overall.trim(),
      status: finalise ? ("final" as const) : ("draft" as const),
      finalisedAt: finalise ? now : null,
      updatedAt: now,
    };
    tx.insert(calibrationSheets)
      .values({ sampleId: sample.id, jurorId, ...values })
      .onConflictDoUpdate({ target: [calibrationSheets.sampleId, calibrationSheets.jurorId], set: values })
      .run();
    if (finalise) {
      writeAudit(tx, {
        actorId: jurorId,
        action: "calibration.sheetSubmitted",
        subjectType: "competition",
        subjectId: competition.id,
        details: { sampleId: sample.id, scores: input.scores },
        at: now,
      });
    }
  });
}

/** A juror's sample sheets, for their personal data download: what they wrote, with the sample's title. */
export function calibrationSheetsBy(db: DbOrTransaction, jurorId: string) {
  return db
    .select({
      year: competitions.year,
      sample: calibrationSamples.title,
      status: calibrationSheets.status,
      ...byStepField("scoreField", (step) => calibrationSheets[step.scoreField]),
      ...byStepField("commentField", (step) => calibrationSheets[step.commentField]),
      overallComment: calibrationSheets.overallComment,
      finalisedAt: calibrationSheets.finalisedAt,
      updatedAt: calibrationSheets.updatedAt,
    })
    .from(calibrationSheets)
    .innerJoin(calibrationSamples, eq(calibrationSamples.id, calibrationSheets.sampleId))
    .innerJoin(calibrationRounds, eq(calibrationRounds.id, calibrationSamples.roundId))
    .innerJoin(competitions, eq(competitions.id, calibrationRounds.competitionId))
    .where(eq(calibrationSheets.jurorId, jurorId))
    .orderBy(asc(calibrationSheets.id))
    .all();
}
