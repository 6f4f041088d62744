import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import { ATTACHMENT_TYPES } from "../app/domain/attachments.ts";
import { CASE_STATUSES } from "../app/domain/case-status.ts";
import { CONFLICT_SOURCES, TIE_KINDS } from "../app/domain/conflict-kinds.ts";
import { CONFLICT_STATUSES, SCORING_ROUNDS, SHEET_STATUSES } from "../app/domain/jury-states.ts";
import { LOCALES } from "../app/domain/locales.ts";
import { INVITATION_KINDS } from "../app/domain/invitation-history.ts";
import { MAILING_AUDIENCES } from "../app/domain/mailings.ts";
import { MEMBERSHIPS } from "../app/domain/memberships.ts";
import { PUBLICATION_STAGES, type PublicationSnapshot } from "../app/domain/publication.ts";
import { RANKING_METHODS } from "../app/domain/ranking.ts";
import { ROLES } from "../app/domain/roles.ts";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  orgNumber: text("org_number").notNull().unique(),
  address: text("address"),
  contactName: text("contact_name"),
  contactEmail: text("contact_email"),
  createdAt: createdAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "restrict" }),
    /** Entrants only: pending until approved, then member or admin of their organisation. */
    membership: text("membership", { enum: MEMBERSHIPS }),
    /** When the address was proven by a mailed link (jurors by their invitation, the chair by the setup link). */
    emailVerifiedAt: integer("email_verified_at", { mode: "timestamp_ms" }),
    /** The language the user reads the portal and its mails in. */
    locale: text("locale", { enum: LOCALES }).notNull().default("nb"),
    /** Set when the account was deleted: name and address are replaced, the row stays for what it wrote. */
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("users_organisation_idx").on(table.organisationId),
    check("users_entrant_has_organisation", sql`${table.role} <> 'entrant' OR ${table.organisationId} IS NOT NULL`),
  ],
);

/**
 * Lucia's session table: `expires_at` (the idle timeout) is in seconds, as Lucia's Drizzle adapter
 * expects. `id` is the SHA-256 of the cookie's token, so a copy of the database opens no session;
 * `created_at` bounds a session's whole life however busy it is (ADR 0002).
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/**
 * Attempts at a throttled action (log-in now), per subject (the e-mail address) and client (the IP,
 * an IPv6 /64). A row is written before the password is checked and deleted again when it proves
 * right, so what stays are the failures; kept in the database so a restart does not reset a lock
 * (ADR 0006).
 */
export const throttledAttempts = sqliteTable(
  "throttled_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    action: text("action").notNull(),
    subject: text("subject").notNull(),
    client: text("client").notNull(),
    attemptedAt: integer("attempted_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    index("throttled_attempts_subject_idx").on(table.action, table.subject, table.attemptedAt),
    index("throttled_attempts_client_idx").on(table.action, table.client, table.attemptedAt),
  ],
);

/**
 * "Forgot password" links: only the SHA-256 of the token is stored, so the mail is the only copy.
 * A link works once (`used_at`) and for an hour (`expires_at`); asking again deletes the unused ones.
 */
export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("password_reset_tokens_user_idx").on(table.userId)],
);

/** A mailed link that proves the user owns `email`; single-use, 24 hours, only its SHA-256 kept. */
export const emailVerificationTokens = sqliteTable(
  "email_verification_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("email_verification_tokens_user_idx").on(table.userId)],
);

/**
 * A juror's conflict with a company, from the chair's list (with a reason) or the juror's declared
 * ties. A tie names the company by organisation number or by name, registered or not; it conflicts
 * with every organisation whose number or name matches.
 */
export const jurorConflicts = sqliteTable(
  "juror_conflicts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jurorId: text("juror_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    source: text("source", { enum: CONFLICT_SOURCES }).notNull(),
    kind: text("kind", { enum: TIE_KINDS }).notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    orgNumber: text("org_number"),
    organisationName: text("organisation_name"),
    reason: text("reason").notNull().default(""),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("juror_conflicts_juror_idx").on(table.jurorId),
    index("juror_conflicts_organisation_idx").on(table.organisationId),
    check(
      "juror_conflicts_names_a_company",
      sql`${table.organisationId} IS NOT NULL OR ${table.orgNumber} IS NOT NULL OR ${table.organisationName} IS NOT NULL`,
    ),
  ],
);

/** The one-time link that creates the first chair; only the SHA-256 of the token is stored. */
export const setupTokens = sqliteTable("setup_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  createdAt: createdAt(),
});

export const competitions = sqliteTable("competitions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  year: integer("year").notNull().unique(),
  name: text("name").notNull(),
  submissionOpensAt: integer("submission_opens_at", { mode: "timestamp_ms" }).notNull(),
  submissionDeadlineAt: integer("submission_deadline_at", { mode: "timestamp_ms" }).notNull(),
  scoringDeadlineAt: integer("scoring_deadline_at", { mode: "timestamp_ms" }).notNull(),
  scaleMin: integer("scale_min").notNull().default(1),
  scaleMax: integer("scale_max").notNull().default(10),
  minScoreSheets: integer("min_score_sheets").notNull().default(3),
  defaultWeightPromise: integer("default_weight_promise").notNull().default(30),
  defaultWeightAnchoring: integer("default_weight_anchoring").notNull().default(30),
  defaultWeightRealisation: integer("default_weight_realisation").notNull().default(40),
  /** Jurors see neither the organisation's name nor its number, and attachments get neutral names. */
  isBlindJudging: integer("is_blind_judging", { mode: "boolean" }).notNull().default(false),
  /** Set when the chair locks scoring: no score sheet changes after it. */
  scoringLockedAt: integer("scoring_locked_at", { mode: "timestamp_ms" }),
  /** How the jurors' totals become a case's score in the ranking; stored with every publication. */
  rankingMethod: text("ranking_method", { enum: RANKING_METHODS }).notNull().default("mean"),
  /** After the winners are published, entrants see their step means and the jurors' comments. */
  shareFeedback: integer("share_feedback", { mode: "boolean" }).notNull().default(false),
  /** The chair opened a final round: the finalists are scored again, and that round picks the winners. */
  finalRoundOpenedAt: integer("final_round_opened_at", { mode: "timestamp_ms" }),
  finalRoundLockedAt: integer("final_round_locked_at", { mode: "timestamp_ms" }),
  /** Set when the chair opens the final round: its sheets close then, as the main round's do at theirs. */
  finalRoundDeadlineAt: integer("final_round_deadline_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

export const categories = sqliteTable(
  "categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    competitionId: integer("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull(),
    weightPromise: integer("weight_promise").notNull(),
    weightAnchoring: integer("weight_anchoring").notNull(),
    weightRealisation: integer("weight_realisation").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("categories_competition_name_idx").on(table.competitionId, table.name),
    check(
      "categories_weights_positive",
      sql`${table.weightPromise} > 0 AND ${table.weightAnchoring} > 0 AND ${table.weightRealisation} > 0`,
    ),
  ],
);

/**
 * Append-only and hash-chained (app/domain/audit-chain.ts): each entry's hash covers its fields and
 * the previous entry's hash, and triggers refuse changes and removals. actor_id keeps the id of an
 * account that was later removed (no foreign key): a cascade rewriting it would break the chain.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    /** The previous entry's hash (the genesis value for the first); null only before start-up sealed a row from before the chain. */
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (table) => [
    index("audit_log_subject_idx").on(table.subjectType, table.subjectId),
    index("audit_log_actor_idx").on(table.actorId),
    index("audit_log_action_idx").on(table.action),
  ],
);

/**
 * A company's case about its service promise. The three step texts are what the jury scores;
 * `version` goes up on every save so two colleagues cannot overwrite each other unknowingly.
 */
export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    competitionId: integer("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "restrict" }),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    title: text("title").notNull().default(""),
    summary: text("summary").notNull().default(""),
    servicePromise: text("service_promise").notNull().default(""),
    anchoring: text("anchoring").notNull().default(""),
    realisation: text("realisation").notNull().default(""),
    status: text("status", { enum: CASE_STATUSES }).notNull().default("draft"),
    version: integer("version").notNull().default(1),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    /** The number of the latest submitted version (case_versions): the text that competes. */
    submittedVersion: integer("submitted_version"),
    /**
     * Set while a submitted case is reopened: the text columns above are then a working copy the
     * company edits, and the submitted version keeps competing until it is sent in again (ADR 0021).
     */
    reopenedAt: integer("reopened_at", { mode: "timestamp_ms" }),
    disqualifiedReason: text("disqualified_reason"),
    updatedById: text("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (table) => [
    index("cases_organisation_idx").on(table.organisationId),
    index("cases_competition_status_idx").on(table.competitionId, table.status),
    index("cases_category_idx").on(table.categoryId),
  ],
);

/**
 * Every submitted version of a case, numbered 1..n per case; the newest is what jurors, the chair and
 * the ranking read while the case stands submitted, whatever the company's working copy holds.
 */
export const caseVersions = sqliteTable(
  "case_versions",
  {
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    servicePromise: text("service_promise").notNull(),
    anchoring: text("anchoring").notNull(),
    realisation: text("realisation").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    /** The attachments' names when it was submitted, as a JSON array of strings. */
    attachmentNames: text("attachment_names", { mode: "json" }).$type<string[]>().notNull().default([]),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }).notNull(),
    submittedById: text("submitted_by_id").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.number] })],
);

/** Evidence files; the bytes live on disk under the data folder, named by their SHA-256. */
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type", { enum: ATTACHMENT_TYPES }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    uploadedById: text("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("attachments_case_idx").on(table.caseId), index("attachments_sha256_idx").on(table.sha256)],
);

/**
 * One invitation link sent to an address (a re-send is a new row): the token is single-use and only
 * its SHA-256 is kept. A newer link for the address marks every older one replaced, pointing at it,
 * so each old link keeps saying "replaced" and the rows are the address's history.
 */
export const jurorInvitations = sqliteTable(
  "juror_invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** Links re-sent before each link had its own row (migration 0015): following one says "replaced". */
    replacedTokenHash: text("replaced_token_hash"),
    /** "sent" for a new invitation, "resent" for the chair's re-send of one. */
    kind: text("kind", { enum: INVITATION_KINDS }).notNull().default("sent"),
    invitedById: text("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    replacedAt: integer("replaced_at", { mode: "timestamp_ms" }),
    replacedById: integer("replaced_by_id").references((): AnySQLiteColumn => jurorInvitations.id, {
      onDelete: "set null",
    }),
    acceptedUserId: text("accepted_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    index("juror_invitations_email_idx").on(table.email),
    index("juror_invitations_replaced_idx").on(table.replacedTokenHash),
    // At most one live link per address, held by the database as well as by the domain code.
    // Expiry is not in the condition (it depends on the clock); an expired link is replaced by the next one.
    uniqueIndex("juror_invitations_one_live_idx")
      .on(table.email)
      .where(sql`accepted_at IS NULL AND revoked_at IS NULL AND replaced_at IS NULL`),
  ],
);

/** A juror assigned to a case, with their answer about conflicts of interest. */
export const assignments = sqliteTable(
  "assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    jurorId: text("juror_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedById: text("assigned_by_id").references(() => users.id, { onDelete: "set null" }),
    assignedAt: integer("assigned_at", { mode: "timestamp_ms" }).notNull(),
    conflictStatus: text("conflict_status", { enum: CONFLICT_STATUSES }).notNull().default("unconfirmed"),
    conflictReason: text("conflict_reason"),
    conflictAnsweredAt: integer("conflict_answered_at", { mode: "timestamp_ms" }),
  },
  (table) => [
    uniqueIndex("assignments_case_juror_idx").on(table.caseId, table.jurorId),
    index("assignments_juror_idx").on(table.jurorId),
  ],
);

/** One juror's scores and comments for one case in one round; step scores stay empty until given. */
export const scoreSheets = sqliteTable(
  "score_sheets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    round: text("round", { enum: SCORING_ROUNDS }).notNull().default("main"),
    scorePromise: integer("score_promise"),
    scoreAnchoring: integer("score_anchoring"),
    scoreRealisation: integer("score_realisation"),
    commentPromise: text("comment_promise").notNull().default(""),
    commentAnchoring: text("comment_anchoring").notNull().default(""),
    commentRealisation: text("comment_realisation").notNull().default(""),
    overallComment: text("overall_comment").notNull().default(""),
    status: text("status", { enum: SHEET_STATUSES }).notNull().default("draft"),
    /** The case version this sheet was last saved against, so the juror is told when it changed. */
    caseVersion: integer("case_version"),
    finalisedAt: integer("finalised_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (table) => [uniqueIndex("score_sheets_assignment_round").on(table.assignmentId, table.round)],
);

/**
 * The current ranking, one row per ranked case and round, brought up to date in the same
 * transaction as every change that moves it (a sheet finalised or reopened, weights, method, a case
 * leaving); only the category that can move is recomputed, only changed rows written (ADR 0016).
 */
export const rankingEntries = sqliteTable(
  "ranking_entries",
  {
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    round: text("round", { enum: SCORING_ROUNDS }).notNull().default("main"),
    competitionId: integer("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    rank: integer("rank"),
    score: real("score"),
    rawMean: real("raw_mean"),
    meanPromise: real("mean_promise"),
    meanAnchoring: real("mean_anchoring"),
    meanRealisation: real("mean_realisation"),
    sheetCount: integer("sheet_count").notNull(),
    spread: real("spread"),
    tooFewSheets: integer("too_few_sheets", { mode: "boolean" }).notNull(),
    highDisagreement: integer("high_disagreement", { mode: "boolean" }).notNull(),
    /**
     * Rank and score under every method, for the chair's comparison (ADR 0016). Mean, median and
     * trimmed are kept current with the rest of the row; normalised is emptied when only a category
     * was recomputed and filled again by the next full recompute of the round.
     */
    rankMean: integer("rank_mean"),
    scoreMean: real("score_mean"),
    rankMedian: integer("rank_median"),
    scoreMedian: real("score_median"),
    rankTrimmed: integer("rank_trimmed"),
    scoreTrimmed: real("score_trimmed"),
    rankNormalised: integer("rank_normalised"),
    scoreNormalised: real("score_normalised"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.caseId, table.round] }),
    index("ranking_entries_category_rank").on(table.categoryId, table.round, table.rank),
    // A round's rows; with score_normalised last, both "preview filled" (IS NOT NULL, to empty it)
    // and "preview waiting" (IS NULL, to fill it) are a range of this index, not a pass over the round.
    index("ranking_entries_competition_round").on(table.competitionId, table.round, table.scoreNormalised),
  ],
);

/**
 * A publication stage: prepared (a draft the chair previews, replaced when prepared again), then
 * published. Once published_at is set a trigger refuses every change to the row.
 */
export const publications = sqliteTable(
  "publications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    competitionId: integer("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "restrict" }),
    stage: text("stage", { enum: PUBLICATION_STAGES }).notNull(),
    snapshot: text("snapshot", { mode: "json" }).$type<PublicationSnapshot>().notNull(),
    overrideReason: text("override_reason"),
    preparedById: text("prepared_by_id").references(() => users.id, { onDelete: "set null" }),
    preparedAt: integer("prepared_at", { mode: "timestamp_ms" }).notNull(),
    publishedById: text("published_by_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    /** SHA-256 of the canonical snapshot JSON, fixed at publication; serving checks the snapshot against it. */
    snapshotHash: text("snapshot_hash"),
  },
  (table) => [uniqueIndex("publications_competition_stage").on(table.competitionId, table.stage)],
);

/**
 * A correction of a published stage, as journals publish errata: a new immutable version of the
 * snapshot (the published row is version 1 and stays readable), with the reason, who and when.
 * Triggers refuse any update or delete, like a published snapshot's (ADR 0005, ADR 0028).
 */
export const publicationCorrections = sqliteTable(
  "publication_corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicationId: integer("publication_id")
      .notNull()
      .references(() => publications.id, { onDelete: "restrict" }),
    /** 2 for the first correction, then 3, …; the published row itself is version 1. */
    version: integer("version").notNull(),
    snapshot: text("snapshot", { mode: "json" }).$type<PublicationSnapshot>().notNull(),
    snapshotHash: text("snapshot_hash").notNull(),
    reason: text("reason").notNull(),
    correctedById: text("corrected_by_id").references(() => users.id, { onDelete: "set null" }),
    correctedAt: integer("corrected_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [uniqueIndex("publication_corrections_version").on(table.publicationId, table.version)],
);

/**
 * The chair's mail to the entrants of a competition by the state of their cases (drafts not yet
 * submitted, submitted cases), in Bokmål and optionally English. Its mails wait in the outbox until
 * the chair sends them; the idempotency key is the compose form's, so a double submit queues once.
 */
export const mailings = sqliteTable(
  "mailings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    competitionId: integer("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "restrict" }),
    audience: text("audience", { enum: MAILING_AUDIENCES }).notNull(),
    subjectNb: text("subject_nb").notNull(),
    bodyNb: text("body_nb").notNull(),
    /** Null: English readers get the Bokmål text. */
    subjectEn: text("subject_en"),
    bodyEn: text("body_en"),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    recipientCount: integer("recipient_count").notNull(),
    queuedById: text("queued_by_id").references(() => users.id, { onDelete: "set null" }),
    queuedAt: integer("queued_at", { mode: "timestamp_ms" }).notNull(),
    /** Set when the chair first pressed send; until then its mails are held. */
    sentById: text("sent_by_id").references(() => users.id, { onDelete: "set null" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("mailings_competition_queued").on(table.competitionId, table.queuedAt)],
);

/**
 * Mails the chair approved, waiting until the chair releases what they belong to: a publication
 * stage's result mails or a mailing to entrants (exactly one of the two).
 */
export const outboxMails = sqliteTable(
  "outbox_mails",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicationId: integer("publication_id").references(() => publications.id, { onDelete: "cascade" }),
    mailingId: integer("mailing_id").references(() => mailings.id, { onDelete: "cascade" }),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    failedAt: integer("failed_at", { mode: "timestamp_ms" }),
  },
  (table) => [
    index("outbox_mails_publication").on(table.publicationId),
    // With the state columns, the publish page counts a stage's thousands of mails from this index
    // alone, without reading their bodies.
    index("outbox_mails_publication_state").on(table.publicationId, table.sentAt, table.failedAt),
    index("outbox_mails_mailing_state").on(table.mailingId, table.sentAt, table.failedAt),
    check("outbox_mails_one_owner", sql`(${table.publicationId} IS NULL) <> (${table.mailingId} IS NULL)`),
  ],
);

/**
 * Each reminder a juror was sent about a round, one row per juror and send, so the chair's table
 * reads "last reminded, how many times" per juror from an index instead of unpacking the audit
 * log's JSON. The batch key comes from the preview the chair confirmed: a second post of the same
 * preview (a double click, a resent form) finds its rows and sends nothing.
 */
export const reminders = sqliteTable(
  "reminders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    competitionId: integer("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    round: text("round", { enum: SCORING_ROUNDS }).notNull(),
    jurorId: text("juror_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    batchKey: text("batch_key").notNull(),
    sentById: text("sent_by_id").references(() => users.id, { onDelete: "set null" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    index("reminders_competition_round_juror").on(table.competitionId, table.round, table.jurorId, table.sentAt),
    uniqueIndex("reminders_batch_juror").on(table.batchKey, table.jurorId),
  ],
);

/**
 * A calibration round of a competition (ADR 0032): every juror scores the same one or two sample
 * cases first and sees how their scores compare. One round per competition; closed for good.
 */
export const calibrationRounds = sqliteTable("calibration_rounds", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  competitionId: integer("competition_id")
    .notNull()
    .unique()
    .references(() => competitions.id, { onDelete: "cascade" }),
  openedById: text("opened_by_id").references(() => users.id, { onDelete: "set null" }),
  openedAt: integer("opened_at", { mode: "timestamp_ms" }).notNull(),
  closedById: text("closed_by_id").references(() => users.id, { onDelete: "set null" }),
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
});

/**
 * A sample case the chair wrote for the calibration: deliberately not a row in `cases`, so it can
 * never reach a ranking, a publication, an export, a count or an entrant's page.
 */
export const calibrationSamples = sqliteTable(
  "calibration_samples",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => calibrationRounds.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    servicePromise: text("service_promise").notNull().default(""),
    anchoring: text("anchoring").notNull().default(""),
    realisation: text("realisation").notNull().default(""),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (table) => [uniqueIndex("calibration_samples_round_position").on(table.roundId, table.position)],
);

/** One juror's sheet for one sample case: the score sheet's fields; final once submitted, for good. */
export const calibrationSheets = sqliteTable(
  "calibration_sheets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sampleId: integer("sample_id")
      .notNull()
      .references(() => calibrationSamples.id, { onDelete: "cascade" }),
    jurorId: text("juror_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scorePromise: integer("score_promise"),
    scoreAnchoring: integer("score_anchoring"),
    scoreRealisation: integer("score_realisation"),
    commentPromise: text("comment_promise").notNull().default(""),
    commentAnchoring: text("comment_anchoring").notNull().default(""),
    commentRealisation: text("comment_realisation").notNull().default(""),
    overallComment: text("overall_comment").notNull().default(""),
    status: text("status", { enum: SHEET_STATUSES }).notNull().default("draft"),
    finalisedAt: integer("finalised_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (table) => [uniqueIndex("calibration_sheets_sample_juror").on(table.sampleId, table.jurorId)],
);
