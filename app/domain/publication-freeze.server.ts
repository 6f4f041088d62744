import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTransaction } from "#db/client.ts";
import { cases, competitions, publications } from "#db/schema.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { DomainError, notFound } from "./errors.ts";
import { publicationParams } from "./publication-freeze.ts";
import type { ScoringRound } from "./jury-states.ts";
import type { PublicationStage } from "./publication.ts";

// One rule for every change a publication rests on (ADR 0026): once a stage is published, the
// settings, categories, method, cases, sheets and assignments it was made from stand still. A
// mistake found afterwards is fixed by an explicit correction, never by editing what lies under it.
// Deliberately imports no other command module, so every one of them can import it without a cycle.

/** What a refusal says cannot change, each with its own sentence after the publication's name. */
const FROZEN_MESSAGES = {
  settings: "freeze.settings",
  categories: "freeze.categories",
  method: "freeze.method",
  case: "freeze.case",
  sheet: "freeze.sheet",
  scoringLock: "freeze.scoringLock",
  assignments: "freeze.assignments",
  reminder: "freeze.reminder",
  calibration: "freeze.calibration",
} as const satisfies Record<string, MessageKey>;

export type FrozenThing = keyof typeof FROZEN_MESSAGES;

const ALL_STAGES: readonly PublicationStage[] = ["finalists", "winners"];

/** Main-round sheets stand once anything is published; a final round's sheets once the winners are. */
export const SHEET_FREEZING_STAGES: Record<ScoringRound, readonly PublicationStage[]> = {
  main: ALL_STAGES,
  final: ["winners"],
};

/**
 * The publication that froze the competition: the first stage published among `stages` (the freeze
 * began then), with the competition's year, or null while nothing is published.
 */
export function freezingPublication(
  db: DbOrTransaction,
  competitionId: number,
  stages: readonly PublicationStage[] = ALL_STAGES,
): { year: number; publishedAt: Date; stage: PublicationStage } | null {
  const row = db
    .select({ year: competitions.year, publishedAt: publications.publishedAt, stage: publications.stage })
    .from(publications)
    .innerJoin(competitions, eq(competitions.id, publications.competitionId))
    .where(
      and(
        eq(publications.competitionId, competitionId),
        isNotNull(publications.publishedAt),
        inArray(publications.stage, [...stages]),
      ),
    )
    .orderBy(asc(publications.publishedAt))
    .get();
  return row?.publishedAt ? { year: row.year, publishedAt: row.publishedAt, stage: row.stage } : null;
}

/** Refuses (409) a change to `what` once the competition has a published stage among `stages`. */
export function requireNotPublished(
  db: DbOrTransaction,
  competitionId: number,
  what: FrozenThing,
  { stages = ALL_STAGES }: { stages?: readonly PublicationStage[] } = {},
): void {
  const publication = freezingPublication(db, competitionId, stages);
  if (publication) throw new DomainError("conflict", FROZEN_MESSAGES[what], { params: publicationParams(publication) });
}

/** requireNotPublished for a change to one case or its jury, found by the case. */
export function requireCaseNotPublished(db: DbOrTransaction, caseId: number, what: FrozenThing): void {
  const row = db.select({ competitionId: cases.competitionId }).from(cases).where(eq(cases.id, caseId)).get();
  if (!row) throw notFound();
  requireNotPublished(db, row.competitionId, what);
}
