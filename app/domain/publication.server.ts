import { and, asc, desc, eq, inArray, isNotNull, isNull, ne } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { preparedQuery } from "#db/prepared.ts";
import {
  assignments,
  cases,
  categories,
  competitions,
  outboxMails,
  publicationCorrections,
  publications,
  scoreSheets,
  users,
} from "#db/schema.ts";
import { competingTitle } from "./case-versions.server.ts";
import { contentHash } from "./audit-chain.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { outboxPage } from "./outbox.server.ts";
import { caseReference } from "./cases.server.ts";
import { DomainError, fieldsRefused, notFound, type FieldProblem } from "./errors.ts";
import { publishBlockers } from "./publication-freeze.ts";
import { freezingPublication } from "./publication-freeze.server.ts";
import { readUntilAnotherConnectionWrites } from "./read-cache.server.ts";
import type {
  CorrectionNote,
  CategorySnapshot,
  PublicationSnapshot,
  PublicationStage,
  PublicResults,
  SnapshotCase,
  FinalistOverride,
  ShortCase,
} from "./publication.ts";
import {
  correctionNotes,
  currentPublishedSnapshot,
  currentVersion,
  publicationVersions,
  versionSnapshot,
} from "./publication-versions.server.ts";
import type { Actor } from "./permissions.ts";
import {
  casesListedApart,
  isShortOfSheets,
  MAX_FINALISTS,
  placementBand,
  publicResults,
  selectFinalists,
  selectWinners,
} from "./publication.ts";
import { getRanking, refreshRanking } from "./ranking.server.ts";
import { jurorNames, publicationConfidence } from "./verdict-confidence.server.ts";
import { figuresJurorIds, namedFigures, storedFigures, type UnnamedFigures } from "./published-confidence.ts";
import { SCORING_ROUNDS, type ScoringRound } from "./jury-states.ts";
import { perStep } from "./steps.ts";

function findPublication(db: DbOrTransaction, competitionId: number, stage: PublicationStage) {
  return (
    db
      .select()
      .from(publications)
      .where(and(eq(publications.competitionId, competitionId), eq(publications.stage, stage)))
      .get() ?? null
  );
}

/** A stage's row without its snapshot (hundreds of kB of JSON at an award's size), for checks that need only its state. */
function findPublicationHead(db: DbOrTransaction, competitionId: number, stage: PublicationStage) {
  return (
    db
      .select({ id: publications.id, publishedAt: publications.publishedAt })
      .from(publications)
      .where(and(eq(publications.competitionId, competitionId), eq(publications.stage, stage)))
      .get() ?? null
  );
}

export type SnapshotOptions = {
  finalistCount?: number;
  reasonings?: Record<number, string>;
  /** Short-of-sheets cases the chair lets in as finalists, by case id, each with its reason (ADR 0030). */
  overrides?: Record<number, string>;
};

/**
 * The snapshot a publication would fix now: the ranking as it stands, the finalists (top N per
 * category among the cases with enough sheets and those the chair let in) or, for the winners
 * stage, the best of the published finalists with the reasoning.
 */
export function buildSnapshot(
  db: DbOrTransaction,
  competitionId: number,
  stage: PublicationStage,
  options: SnapshotOptions,
): PublicationSnapshot {
  const competition = requireCompetition(db, competitionId);
  // The finalists as they stand now: a correction of the finalists carries into the winners.
  const publishedFinalists = stage === "winners" ? currentPublishedSnapshot(db, competitionId, "finalists") : null;
  if (stage === "winners" && !publishedFinalists) throw new DomainError("conflict", "publish.finalistsFirst");
  const finalistCount = publishedFinalists?.snapshot.finalistCount ?? options.finalistCount ?? 3;
  if (!Number.isInteger(finalistCount) || finalistCount < 1 || finalistCount > MAX_FINALISTS) {
    throw new DomainError("invalid", "publish.finalistCount", {
      field: "finalistCount",
      params: { max: MAX_FINALISTS },
    });
  }
  if (!publishedFinalists) requireOverrideReasons(options.overrides);
  const finalRound = stage === "winners" && competition.finalRoundOpenedAt !== null;
  if (finalRound && !competition.finalRoundLockedAt) throw new DomainError("forbidden", "publish.finalRoundOpen");
  const toSnapshotCase = (row: ReturnType<typeof getRanking>[number]): SnapshotCase => ({
    caseId: row.caseId,
    reference: caseReference(competition.year, row.caseId),
    title: row.title,
    organisationName: row.organisationName,
    rank: row.rank,
    score: row.score,
    rawMean: row.rawMean,
    stepMeans: row.stepMeans,
    sheetCount: row.sheetCount,
  });
  const mainRows = getRanking(db, competitionId, "main");
  const finalRows = finalRound ? getRanking(db, competitionId, "final") : [];
  const categoryRows = db
    .select({
      id: categories.id,
      name: categories.name,
      weights: perStep((step) => categories[step.weightField]),
    })
    .from(categories)
    .where(eq(categories.competitionId, competitionId))
    .orderBy(asc(categories.position))
    .all();
  const snapshotCategories: CategorySnapshot[] = categoryRows.flatMap((category) => {
    const ranking = mainRows.filter((row) => row.categoryId === category.id).map(toSnapshotCase);
    const finalRanking = finalRound
      ? finalRows.filter((row) => row.categoryId === category.id).map(toSnapshotCase)
      : null;
    if (ranking.length === 0) return [];
    const published = publishedFinalists?.snapshot.categories.find((item) => item.categoryId === category.id);
    const overrides = publishedFinalists
      ? (published?.overrides ?? [])
      : overridesFor(ranking, competition.minScoreSheets, options.overrides);
    const finalistIds = publishedFinalists
      ? (published?.finalistIds ?? [])
      : selectFinalists(ranking, finalistCount, {
          minSheets: competition.minScoreSheets,
          overrides: overrides.map((item) => item.caseId),
        });
    const winnerIds =
      stage === "winners" && finalistIds.length ? selectWinners(finalRanking ?? ranking, finalistIds) : [];
    const reasoning = stage === "winners" ? (options.reasonings?.[category.id] ?? "").trim() : null;
    return [
      {
        categoryId: category.id,
        name: category.name,
        weights: category.weights,
        ranking,
        finalRanking,
        finalistIds,
        overrides,
        winnerIds,
        reasoning,
      },
    ];
  });
  return {
    competitionId,
    year: competition.year,
    competitionName: competition.name,
    stage,
    method: competition.rankingMethod,
    finalistCount,
    minScoreSheets: competition.minScoreSheets,
    categories: snapshotCategories,
  };
}

/** The chair's overrides that apply to a category: only its cases short of sheets can be let in. */
function overridesFor(
  ranking: readonly SnapshotCase[],
  minSheets: number,
  requested: Record<number, string> | undefined,
): FinalistOverride[] {
  return ranking.flatMap((entry) =>
    requested?.[entry.caseId] !== undefined && isShortOfSheets(entry, minSheets)
      ? [{ caseId: entry.caseId, reason: requested[entry.caseId]!.trim() }]
      : [],
  );
}

/**
 * Each case let in short of sheets needs its reason, all refused at once. The fields are the
 * publish form's (publication-fields.ts), as with the reasonings below.
 */
function requireOverrideReasons(requested: Record<number, string> | undefined) {
  const missing = Object.entries(requested ?? {}).flatMap(([caseId, reason]): FieldProblem[] =>
    reason.trim() ? [] : [{ field: `includeReason-${caseId}`, messageKey: "shortSheets.includeReasonMissing" }],
  );
  const [first, ...rest] = missing;
  if (first) throw fieldsRefused([first, ...rest]);
}

/**
 * Every category with a winner needs the jury's reasoning, written beside the winners the chair
 * was shown: when the ranking moved since (another winner now), the reasoning would go to the
 * wrong company, so it is refused on its field.
 */
function checkReasonings(snapshot: PublicationSnapshot, shownWinners: Record<number, number[]> | undefined) {
  for (const category of snapshot.categories) {
    const field = `reasoning-${category.categoryId}`;
    const params = { category: category.name };
    const shown = shownWinners?.[category.categoryId];
    if (shown && [...shown].sort().join(",") !== [...category.winnerIds].sort().join(","))
      throw new DomainError("conflict", "winners.changed", { field, params });
    if (category.winnerIds.length && !category.reasoning)
      throw new DomainError("invalid", "publish.reasoningMissing", { field, params });
  }
}

export type WinnerCandidate = { caseId: number; title: string; organisationName: string };

/**
 * Who would win each category if the winners were prepared now, to name beside each reasoning
 * field; null while the winners cannot be prepared (finalists unpublished, final round open).
 */
export function winnerCandidates(
  db: AppDatabase,
  competitionId: number,
): { categoryId: number; winners: WinnerCandidate[] }[] | null {
  let snapshot: PublicationSnapshot;
  try {
    snapshot = buildSnapshot(db, competitionId, "winners", {});
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not-found") return null;
    throw error;
  }
  return snapshot.categories.map((category) => ({
    categoryId: category.categoryId,
    winners: (category.finalRanking ?? category.ranking)
      .filter((item) => category.winnerIds.includes(item.caseId))
      .map(({ caseId, title, organisationName }) => ({ caseId, title, organisationName })),
  }));
}

/**
 * Finalists short of final-round sheets, which decide the winners: publishing the winners needs a
 * recorded reason past them. Short cases of the main round never get this far unless the chair let
 * them in by name, with a reason of their own, when the finalists were prepared (ADR 0030).
 */
export function casesLackingSheets(snapshot: PublicationSnapshot): SnapshotCase[] {
  if (snapshot.stage !== "winners") return [];
  return snapshot.categories.flatMap((category) =>
    (category.finalRanking ?? []).filter(
      (item) => category.finalistIds.includes(item.caseId) && isShortOfSheets(item, snapshot.minScoreSheets),
    ),
  );
}

/**
 * The cases of the main ranking short of sheets as it stands, with where each would stand (and
 * whether among the default three finalists): listed apart on the ranking page, and on the publish
 * page each with its own choice to let it in.
 */
export function shortOfSheetsNow(
  db: DbOrTransaction,
  competitionId: number,
  options: { categoryId?: number; finalistCount?: number } = {},
): ShortCase[] {
  const competition = requireCompetition(db, competitionId);
  const finalistCount = options.finalistCount ?? 3;
  return getRanking(db, competitionId, "main", { flag: "too-few", categoryId: options.categoryId }).map((row) => ({
    caseId: row.caseId,
    reference: caseReference(competition.year, row.caseId),
    title: row.title,
    category: row.categoryName,
    rank: row.rank,
    sheetCount: row.sheetCount,
    minSheets: competition.minScoreSheets,
    wouldBeFinalist: row.rank !== null && row.rank <= finalistCount,
    overrideReason: null,
  }));
}

/**
 * Everyone who should hear the result of a case: the approved members of its organisation (a
 * pending request or a closed account hears nothing about the company).
 */
export function entrantRecipients(db: DbOrTransaction, competitionId: number) {
  return db
    .select({ caseId: cases.id, title: competingTitle, name: users.name, email: users.email, locale: users.locale })
    .from(cases)
    .innerJoin(
      users,
      and(
        eq(users.organisationId, cases.organisationId),
        eq(users.role, "entrant"),
        inArray(users.membership, ["member", "admin"]),
        isNull(users.deletedAt),
      ),
    )
    .where(and(eq(cases.competitionId, competitionId), eq(cases.status, "submitted")))
    .orderBy(asc(cases.id), asc(users.email))
    .all();
}

export type OutgoingMail = { to: string; subject: string; text: string };

/** A stage goes out only once nothing under it can move (publishBlockers), and only once. */
function requireLockedAndOpenStage(tx: DbOrTransaction, competitionId: number, stage: PublicationStage, now: Date) {
  const competition = requireCompetition(tx, competitionId);
  const blockers = publishBlockers(competition, now);
  if (blockers.includes("submission-open")) throw new DomainError("forbidden", "publish.beforeDeadline");
  if (blockers.includes("scoring-open")) throw new DomainError("forbidden", "publish.notLocked");
  if (findPublicationHead(tx, competitionId, stage)?.publishedAt)
    throw new DomainError("conflict", "publish.alreadyPublished");
}

export type EntrantRecipient = ReturnType<typeof entrantRecipients>[number];

/** Words one mail per recipient; the caller's, since wording, language and links are not the domain's. */
export type ResultMailComposer = (snapshot: PublicationSnapshot, recipients: EntrantRecipient[]) => OutgoingMail[];

const OUTBOX_INSERT_CHUNK = 500;

export type PreparationInput = {
  stage: PublicationStage;
  finalistCount?: number;
  reasonings?: Record<number, string>;
  /** The winners named beside each category's reasoning field when the chair wrote it. */
  shownWinners?: Record<number, number[]>;
  /** For the winners: the reason to publish past finalists short of final-round sheets. */
  overrideReason?: string;
  /** For the finalists: the cases short of sheets let in by name, each with its reason (ADR 0030). */
  overrides?: Record<number, string>;
  /** Show the jury's agreement and its method on the public page (ADR 0029); off unless chosen. */
  showAgreement?: boolean;
};

/**
 * Prepares a stage for the chair to preview: the snapshot of the ranking as it stands, a mail to
 * every entrant account in the outbox, stored as the stage's draft in place of an earlier one, all
 * in one transaction so the mails say what the snapshot says. Nothing is public and nothing is sent
 * until the chair confirms.
 */
export function preparePublication(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  input: PreparationInput,
  composeMails: ResultMailComposer,
  now: Date,
): void {
  db.transaction((tx) => {
    const built = buildSnapshot(tx, competitionId, input.stage, input);
    if (built.stage === "winners") checkReasonings(built, input.shownWinners);
    requireLockedAndOpenStage(tx, built.competitionId, built.stage, now);
    // The figures come from the sheets the snapshot ranks, frozen with it; only here and at a
    // correction, since buildSnapshot also runs on every publish page load (winnerCandidates).
    const confidence = publicationConfidence(tx, built);
    const snapshot: PublicationSnapshot = {
      ...built,
      ...(confidence ? { confidence } : {}),
      showAgreement: input.showAgreement === true,
    };
    const mails = composeMails(snapshot, entrantRecipients(tx, competitionId));
    const lacking = casesLackingSheets(snapshot);
    const reason = input.overrideReason?.trim() || null;
    if (lacking.length && !reason) {
      throw new DomainError("invalid", "publish.tooFewSheets", {
        field: "overrideReason",
        params: { cases: lacking.map((item) => item.reference).join(", ") },
      });
    }
    tx.delete(publications)
      .where(
        and(
          eq(publications.competitionId, snapshot.competitionId),
          eq(publications.stage, snapshot.stage),
          isNull(publications.publishedAt),
        ),
      )
      .run();
    const { id } = tx
      .insert(publications)
      .values({
        competitionId: snapshot.competitionId,
        stage: snapshot.stage,
        snapshot,
        overrideReason: lacking.length ? reason : null,
        preparedById: chairId,
        preparedAt: now,
      })
      .returning({ id: publications.id })
      .get();
    // In slices: one INSERT for every mail would pass SQLite's limit on bound values (32,766) at
    // about 8,000 recipients.
    for (let start = 0; start < mails.length; start += OUTBOX_INSERT_CHUNK) {
      tx.insert(outboxMails)
        .values(
          mails
            .slice(start, start + OUTBOX_INSERT_CHUNK)
            .map((mail) => ({ publicationId: id, toEmail: mail.to, subject: mail.subject, body: mail.text })),
        )
        .run();
    }
    const overrides = snapshotOverrides(snapshot);
    writeAudit(tx, {
      actorId: chairId,
      action: "publication.prepared",
      subjectType: "competition",
      subjectId: snapshot.competitionId,
      details: {
        stage: snapshot.stage,
        showAgreement: snapshot.showAgreement,
        ...(overrides.length ? { overrides } : {}),
      },
      at: now,
    });
    // Each case let in short of sheets gets its own row, so the case's history shows it too.
    if (snapshot.stage === "finalists") {
      for (const item of casesListedApart(snapshot).filter((entry) => entry.overrideReason !== null)) {
        writeAudit(tx, {
          actorId: chairId,
          action: "publication.short-case-included",
          subjectType: "case",
          subjectId: item.caseId,
          details: {
            stage: snapshot.stage,
            reason: item.overrideReason,
            sheetCount: item.sheetCount,
            minSheets: item.minSheets,
            rank: item.rank,
          },
          at: now,
        });
      }
    }
  });
}

/** Every case the chair let in short of sheets, with the reason, across the categories. */
function snapshotOverrides(snapshot: PublicationSnapshot): FinalistOverride[] {
  return snapshot.categories.flatMap((category) => category.overrides ?? []);
}

/** Same ranking, same choices: the draft still says what publishing now would say. */
function sameRanking(a: PublicationSnapshot, b: PublicationSnapshot): boolean {
  const essence = (snapshot: PublicationSnapshot) =>
    JSON.stringify([
      snapshot.method,
      snapshot.categories.map((category) => [
        category.weights,
        category.ranking,
        category.finalRanking,
        category.finalistIds,
        category.winnerIds,
      ]),
    ]);
  return essence(a) === essence(b);
}

/**
 * Publishes the prepared draft as an immutable snapshot, provided nothing moved since it was
 * prepared; returns the outbox mails to send now.
 */
export function publishDraft(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  stage: PublicationStage,
  now: Date,
) {
  return db.transaction((tx) => {
    requireLockedAndOpenStage(tx, competitionId, stage, now);
    const draft = findPublication(tx, competitionId, stage);
    if (!draft) throw new DomainError("conflict", "publish.noDraft");
    const current = buildSnapshot(tx, competitionId, stage, {
      finalistCount: draft.snapshot.finalistCount,
      reasonings: Object.fromEntries(
        draft.snapshot.categories.map((category) => [category.categoryId, category.reasoning ?? ""]),
      ),
      overrides: Object.fromEntries(snapshotOverrides(draft.snapshot).map((item) => [item.caseId, item.reason])),
    });
    if (!sameRanking(draft.snapshot, current)) throw new DomainError("conflict", "publish.changedSincePreview");
    tx.update(publications)
      .set({ publishedAt: now, publishedById: chairId, snapshotHash: contentHash(draft.snapshot) })
      .where(eq(publications.id, draft.id))
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: "publication.published",
      subjectType: "competition",
      subjectId: competitionId,
      details: {
        stage,
        method: draft.snapshot.method,
        publicationId: draft.id,
        overrideReason: draft.overrideReason,
        overrides: snapshotOverrides(draft.snapshot),
        snapshotHash: contentHash(draft.snapshot),
      },
      at: now,
    });
    return tx
      .select()
      .from(outboxMails)
      .where(eq(outboxMails.publicationId, draft.id))
      .orderBy(asc(outboxMails.id))
      .all();
  });
}

/** A published stage's mails that have not gone out (failed, or cut off before sending), to try again. */
export function undeliveredMails(db: AppDatabase, competitionId: number, stage: PublicationStage) {
  const publication = findPublicationHead(db, competitionId, stage);
  if (!publication?.publishedAt) throw new DomainError("conflict", "publish.noDraft");
  return db
    .select()
    .from(outboxMails)
    .where(and(eq(outboxMails.publicationId, publication.id), isNull(outboxMails.sentAt)))
    .orderBy(asc(outboxMails.id))
    .all();
}

export const OUTBOX_PAGE_SIZE = 20;

/** A stage's outbox counted by state in SQL: the page shows the numbers for every mail but lists only a page. */
/**
 * Both stages of a competition as the chair sees them: draft or published, the public preview, and
 * one page of the outbox with the counts of all of it. The snapshot itself is never read here
 * except through the cached public view, and never joined onto the mails.
 */
export function publicationStatus(
  db: AppDatabase,
  competitionId: number,
  mailPages: Partial<Record<PublicationStage, number>> = {},
  /** Which version's stored confidence figures to show per stage; the current one when absent or past it. */
  figureVersions: Partial<Record<PublicationStage, number>> = {},
) {
  const rows = db
    .select({
      id: publications.id,
      stage: publications.stage,
      overrideReason: publications.overrideReason,
      preparedAt: publications.preparedAt,
      publishedAt: publications.publishedAt,
      snapshotHash: publications.snapshotHash,
    })
    .from(publications)
    .where(eq(publications.competitionId, competitionId))
    .all();
  const stage = (name: PublicationStage) => {
    const row = rows.find((item) => item.stage === name);
    if (!row) return null;
    const { counts, slice, mails } = outboxPage(db, { publicationId: row.id }, mailPages[name] ?? 1, OUTBOX_PAGE_SIZE);
    const version = row.publishedAt ? currentVersion(db, row.id) : 1;
    const view = publicView(db, { ...row, version });
    const asked = figureVersions[name];
    const figuresVersion = asked !== undefined && asked <= version ? asked : version;
    const figured =
      figuresVersion === version
        ? view
        : publicView(db, { ...row, version: figuresVersion, snapshotHash: versionHash(db, row, figuresVersion) });
    return {
      confidence: storedConfidence(db, figured, figuresVersion, version),
      version,
      overrideReason: row.overrideReason,
      publishedAt: row.publishedAt,
      snapshotIntact: view.intact,
      preview: view.results,
      listedApart: view.listedApart,
      mails,
      mailCounts: counts,
      mailSlice: slice,
    };
  };
  return { finalists: stage("finalists"), winners: stage("winners") };
}

/** The hash fixed for one version of a published row (the key of its cached view). */
function versionHash(
  db: AppDatabase,
  row: { id: number; publishedAt: Date | null; snapshotHash: string | null },
  version: number,
) {
  if (!row.publishedAt) return row.snapshotHash;
  return (
    publicationVersions(db, { ...row, publishedAt: row.publishedAt }).find((item) => item.version === version)
      ?.snapshotHash ?? null
  );
}

/**
 * A version's stored confidence figures as the chair reads them: the jurors named (for the chair
 * alone), the public choice, and which version of how many it is. Never the live figures: what was
 * published is judged by what was known when it was.
 */
function storedConfidence(db: AppDatabase, view: PublicView, version: number, versions: number) {
  const names = jurorNames(db, figuresJurorIds(view.figures));
  return {
    version,
    versions,
    showAgreement: view.showAgreement,
    categories: view.figures.map((figures) => namedFigures(figures, names)),
  };
}

export function hasPublished(db: DbOrTransaction, competitionId: number): boolean {
  return freezingPublication(db, competitionId) !== null;
}

/**
 * Opens a final round until its own deadline: the published finalists are scored again on fresh
 * sheets by their jurors, and that round's ranking decides the winners.
 */
export function openFinalRound(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  deadline: Date,
  now: Date,
): void {
  if (deadline.getTime() <= now.getTime())
    throw new DomainError("invalid", "finalRound.deadlinePast", { field: "finalRoundDeadline" });
  db.transaction((tx) => {
    const competition = requireCompetition(tx, competitionId);
    const finalists = findPublicationHead(tx, competitionId, "finalists");
    if (
      !finalists?.publishedAt ||
      findPublicationHead(tx, competitionId, "winners")?.publishedAt ||
      competition.finalRoundOpenedAt
    ) {
      throw new DomainError("conflict", "publish.finalRoundNotAllowed");
    }
    tx.update(competitions)
      .set({ finalRoundOpenedAt: now, finalRoundLockedAt: null, finalRoundDeadlineAt: deadline })
      .where(eq(competitions.id, competitionId))
      .run();
    refreshRanking(tx, competitionId, now, { round: "final" });
    writeAudit(tx, {
      actorId: chairId,
      action: "final-round.opened",
      subjectType: "competition",
      subjectId: competitionId,
      details: { deadline: deadline.toISOString() },
      at: now,
    });
  });
}

export function setFinalRoundLock(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  locked: boolean,
  now: Date,
): void {
  db.transaction((tx) => {
    const competition = requireCompetition(tx, competitionId);
    if (!competition.finalRoundOpenedAt) throw new DomainError("conflict", "publish.finalRoundNotAllowed");
    if (!locked && findPublicationHead(tx, competitionId, "winners")?.publishedAt)
      throw new DomainError("conflict", "publish.lockedForGood");
    tx.update(competitions)
      .set({ finalRoundLockedAt: locked ? now : null })
      .where(eq(competitions.id, competitionId))
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: locked ? "final-round.locked" : "final-round.unlocked",
      subjectType: "competition",
      subjectId: competitionId,
      at: now,
    });
  });
}

/**
 * Whether a published snapshot still is what was published: its canonical JSON against the hash
 * fixed at publication. A draft has nothing to match yet. The trigger already refuses changes; this
 * notices one made past it (the trigger dropped, the file edited).
 */
export function snapshotIntact(row: {
  snapshot: PublicationSnapshot;
  snapshotHash: string | null;
  publishedAt: Date | null;
}) {
  return row.publishedAt === null || (row.snapshotHash !== null && contentHash(row.snapshot) === row.snapshotHash);
}

/** Published snapshots that no longer match their hash, for the audit check. */
export function alteredPublications(db: DbOrTransaction) {
  return db
    .select({
      id: publications.id,
      competitionId: publications.competitionId,
      stage: publications.stage,
      snapshot: publications.snapshot,
      snapshotHash: publications.snapshotHash,
      publishedAt: publications.publishedAt,
    })
    .from(publications)
    .where(isNotNull(publications.publishedAt))
    .orderBy(asc(publications.id))
    .all()
    .filter((row) => !snapshotIntact(row))
    .map(({ id, competitionId, stage }) => ({ id, competitionId, stage }));
}

/** Corrections whose snapshot no longer matches the hash fixed when they were published, for the audit check. */
export function alteredCorrections(db: DbOrTransaction) {
  return db
    .select({
      publicationId: publicationCorrections.publicationId,
      version: publicationCorrections.version,
      snapshot: publicationCorrections.snapshot,
      snapshotHash: publicationCorrections.snapshotHash,
    })
    .from(publicationCorrections)
    .orderBy(asc(publicationCorrections.id))
    .all()
    .filter((row) => contentHash(row.snapshot) !== row.snapshotHash)
    .map(({ publicationId, version }) => ({ publicationId, version }));
}

export type ServedResults = PublicResults & {
  /** SHA-256 of the canonical snapshot JSON of the version shown, recorded when it was published. */
  snapshotHash: string | null;
  snapshotIntact: boolean;
  warning?: string;
  /** The version shown (1 is as first published) and the newest; an older one is shown only when asked for. */
  version: number;
  currentVersion: number;
  /** Every correction of the stage, oldest first: never a silent edit (ADR 0028). */
  corrections: CorrectionNote[];
};

const TAMPERED_WARNING =
  "The stored results no longer match the fingerprint recorded when they were published: they may have been changed since.";

/**
 * What the public sees of a publication, and whether its snapshot still matches its hash. Reading,
 * parsing and hashing a snapshot (over 500 kB at 2,000 cases) cost more than the rest of a page, and
 * a publication's snapshot never changes: a new draft or stage is a new row, and publishing sets the
 * hash. So the view is kept per publication row, keyed by id, hash and time, a few at a time. A
 * change past the immutability trigger can only come from another connection (the app never edits
 * a snapshot), and SQLite's `data_version` moves whenever another connection commits: then the
 * cache starts over, so such a change is still caught on the next request.
 */
type PublicView = {
  results: PublicResults;
  intact: boolean;
  /** For the chair only: the confidence figures stored with the version, jurors by id, and the public choice. */
  figures: UnnamedFigures[];
  showAgreement: boolean;
  /** For the chair only: the cases a finalists snapshot listed apart for want of sheets. */
  listedApart: ShortCase[];
};
const PUBLIC_VIEW_CACHE_SIZE = 8;

/**
 * A version is a key of its own (ADR 0028): a correction adds a version, so it is a new key and
 * the public pages show it on the next request, never a stale view of the version before.
 */
function publicView(
  db: AppDatabase,
  row: { id: number; version: number; snapshotHash: string | null; publishedAt: Date | null; preparedAt: Date },
): PublicView {
  const shownAt = row.publishedAt ?? row.preparedAt;
  const key = `${row.id}:v${row.version}:${row.snapshotHash ?? "draft"}:${shownAt.getTime()}`;
  return readUntilAnotherConnectionWrites(db, key, PUBLIC_VIEW_CACHE_SIZE, () => {
    const snapshot = versionSnapshot(db, row.id, row.version);
    return {
      results: publicResults(snapshot, shownAt),
      listedApart: snapshot.stage === "finalists" ? casesListedApart(snapshot) : [],
      figures: storedFigures(snapshot),
      showAgreement: snapshot.showAgreement === true,
      intact: snapshotIntact({ snapshot, snapshotHash: row.snapshotHash, publishedAt: row.publishedAt }),
    };
  });
}

/**
 * The newest published stage of a year, as the public may see it, checked against its hash: its
 * current version, or the version asked for. Null before anything is published, and for a version
 * that does not exist.
 */
export function publishedResultsForYear(db: AppDatabase, year: number, version?: number): ServedResults | null {
  const rows = db
    .select({
      id: publications.id,
      stage: publications.stage,
      publishedAt: publications.publishedAt,
      preparedAt: publications.preparedAt,
      snapshotHash: publications.snapshotHash,
    })
    .from(publications)
    .innerJoin(competitions, eq(publications.competitionId, competitions.id))
    .where(and(eq(competitions.year, year), isNotNull(publications.publishedAt)))
    .orderBy(desc(publications.publishedAt), desc(publications.id))
    .all();
  const row = rows[0];
  if (!row) return null;
  const versions = publicationVersions(db, { ...row, publishedAt: row.publishedAt! });
  // The stages shown build on each other: the winners page keeps the finalists' corrections in view.
  const notes = rows
    .toReversed()
    .flatMap((stageRow) =>
      correctionNotes(
        stageRow.stage,
        stageRow === row ? versions : publicationVersions(db, { ...stageRow, publishedAt: stageRow.publishedAt! }),
      ),
    );
  const shown = version === undefined ? versions.at(-1)! : versions.find((item) => item.version === version);
  if (!shown) return null;
  const { results, intact } = publicView(db, { ...row, version: shown.version, snapshotHash: shown.snapshotHash });
  return {
    ...results,
    snapshotHash: shown.snapshotHash,
    snapshotIntact: intact,
    ...(intact ? {} : { warning: TAMPERED_WARNING }),
    version: shown.version,
    currentVersion: versions.length,
    corrections: notes,
  };
}

/** The jurors' comments on one case in one round, without their names, from final sheets only. */
function roundComments(db: AppDatabase, caseId: number, round: ScoringRound) {
  return db
    .select({
      ...perStep((step) => scoreSheets[step.commentField]),
      overall: scoreSheets.overallComment,
    })
    .from(scoreSheets)
    .innerJoin(assignments, eq(scoreSheets.assignmentId, assignments.id))
    .where(
      and(
        eq(assignments.caseId, caseId),
        eq(scoreSheets.round, round),
        eq(scoreSheets.status, "final"),
        ne(assignments.conflictStatus, "declared"),
      ),
    )
    .orderBy(asc(scoreSheets.id))
    .all();
}

/**
 * An entrant's own result once the winners are published: the placement band, the jury's
 * reasoning when their case won, and with feedback shared, each round apart (the main round, and
 * the final round when the case was scored again in one) with its own step means and the jurors'
 * comments without their names. Another company's case is not found.
 */
export function entrantResult(db: AppDatabase, actor: Actor, caseId: number) {
  if (actor.role !== "entrant" || actor.organisationId === null) throw notFound();
  const owned = db
    .select({ competitionId: cases.competitionId, title: competingTitle, shareFeedback: competitions.shareFeedback })
    .from(cases)
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .where(and(eq(cases.id, caseId), eq(cases.organisationId, actor.organisationId)))
    .get();
  if (!owned) throw notFound();
  const winners = currentPublishedSnapshot(db, owned.competitionId, "winners");
  if (!winners) return { title: owned.title, published: false as const };
  const category = winners.snapshot.categories.find((item) => item.ranking.some((entry) => entry.caseId === caseId));
  const rounds = category
    ? SCORING_ROUNDS.flatMap((round) => {
        const entry = (round === "main" ? category.ranking : category.finalRanking)?.find(
          (item) => item.caseId === caseId,
        );
        return entry?.stepMeans ? [{ round, stepMeans: entry.stepMeans }] : [];
      })
    : [];
  return {
    title: owned.title,
    published: true as const,
    band: placementBand(caseId, winners.snapshot),
    // The reasoning is the jury's word on the winner: it is the winning company's to read.
    reasoning: category?.winnerIds.includes(caseId) ? category.reasoning || null : null,
    feedback:
      owned.shareFeedback && rounds.length
        ? rounds.map((item) => ({ ...item, comments: roundComments(db, caseId, item.round) }))
        : null,
  };
}

/** The newest year with anything published, for the landing page's link. */
// Prepared: the landing page asks on every view.
const latestPublication = preparedQuery((db) =>
  db
    .select({ year: competitions.year })
    .from(publications)
    .innerJoin(competitions, eq(publications.competitionId, competitions.id))
    .where(isNotNull(publications.publishedAt))
    .orderBy(desc(competitions.year))
    .prepare(),
);

export function latestPublishedYear(db: AppDatabase): number | null {
  return latestPublication(db).get()?.year ?? null;
}
