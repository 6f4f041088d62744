import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROLES, caseVersion, type AttackFixture, type RoleName } from "./attack-fixture.ts";
import { COMPLETE_CASE_TEXTS } from "./entrant-cases.ts";
import { TEST_PASSWORD, nextOrgNumber, uniqueEmail } from "./factories.ts";

/**
 * What a visitor gets from a route, as the access rules name it: the page or the action ("ok",
 * any 2xx, or a redirect that is not one of the guards' own), a guard's redirect (to the login
 * page, or home for those who do not belong), or a refusal by status. "invalid" is a 400 from the
 * form itself: the guard let the visitor in and the posted form was refused, used where the
 * plausible post must not succeed (a wrong password, an incomplete form on a one-time link).
 */
export type Outcome =
  "ok" | "login" | "to:/" | "to:/entrant" | "to:/jury" | "to:/chair" | "invalid" | 401 | 403 | 404 | 405;

export type Cells = Record<RoleName, Outcome>;

const GUARD_HOMES = new Set(["/", "/entrant", "/jury", "/chair"]);

/** The outcome a response shows, in the table's words. */
export function outcomeOf(response: { status: number; location: string | null }): string | number {
  const { status, location } = response;
  if (status >= 300 && status < 400) {
    const path = location ? new URL(location, "http://x").pathname : "";
    if (path === "/login") return "login";
    if (location && GUARD_HOMES.has(location)) return `to:${location}` as Outcome;
    return "ok";
  }
  if (status >= 200 && status < 300) return "ok";
  if (status === 400) return "invalid";
  return status;
}

function cells(fallback: Outcome, given: Partial<Cells>): Cells {
  return Object.fromEntries(ROLES.map((role) => [role, given[role] ?? fallback])) as Cells;
}

const everyone = (outcome: Outcome) => cells(outcome, {});
const chairOnly = (chair: Outcome = "ok") => cells(403, { anonymous: "login", chair });
const jurorOnly = (juror: Outcome = "ok") =>
  cells(403, { anonymous: "login", jurorAssigned: juror, jurorUnassigned: juror, jurorConflicted: juror });
/** A case a juror judges: jurors it is not given to (or who are tied to its company) do not find it. */
const assignedJurorOnly: Cells = { ...jurorOnly(), jurorUnassigned: 404, jurorConflicted: 404 };
/** /entrant/… : a pending member is sent to the waiting page, other roles refused. */
const entrantArea = (entrantA: Outcome, entrantB: Outcome) =>
  cells(403, { anonymous: "login", entrantA, entrantB, pendingA: "to:/entrant" });
const signedIn = (outcome: Outcome) => cells(outcome, { anonymous: "login" });
const anonymousOnly = (anonymous: Outcome) => cells("to:/", { anonymous });

export type Fields = Record<string, string | string[]>;

/** Who a fuzzed post is sent as: a role's client, a fresh visitor, or the fixture's special accounts. */
export type FuzzActor = RoleName | "fresh" | "unverified" | "spare";

export type RouteRow = {
  path: (f: AttackFixture) => string;
  get: Cells;
  /** null: the module has no action, so every post is answered 405. */
  post: null | {
    /** A plausible post: allowed where the table says "ok", with throwaway targets so roles keep their standing. */
    body: (f: AttackFixture) => Fields;
    expect: Cells;
    /** The post ends the session it is sent with: sent from a fresh login of that role. */
    endsSession?: boolean;
  };
  /** The fuzz test's view of the action: who posts, the form's field names and intents, and in which phase. */
  fuzz?: { as: FuzzActor; fields: string[]; intents?: string[]; phase: number; runs?: number };
};

const CASE_TEXT_NAMES = Object.keys(COMPLETE_CASE_TEXTS);
const SCORE_FIELDS = ["scorePromise", "scoreAnchoring", "scoreRealisation"];
const COMMENT_FIELDS = ["commentPromise", "commentAnchoring", "commentRealisation", "overallComment"];
const WEIGHT_FIELDS = ["weightPromise", "weightAnchoring", "weightRealisation"];
const COMPETITION_FIELDS = [
  "year",
  "name",
  "submissionOpensAt",
  "submissionDeadlineAt",
  "scoringDeadlineAt",
  "scaleMin",
  "scaleMax",
  "minScoreSheets",
  "confirmDeadlines",
  ...WEIGHT_FIELDS,
];
const weights = { weightPromise: "3", weightAnchoring: "3", weightRealisation: "4" };

/** Every route module, by file name without `.tsx`; a module without a row fails the matrix. */
export const ROUTE_TABLE: Record<string, RouteRow> = {
  $: {
    path: () => "/finnes-ikke",
    get: everyone(404),
    post: { body: () => ({ intent: "save" }), expect: everyone(404) },
    fuzz: { as: "entrantA", fields: ["intent", "title"], phase: 0, runs: 100 },
  },
  _index: { path: () => "/", get: everyone("ok"), post: null },
  "api.results.$year": { path: (f) => `/api/results/${f.year}`, get: everyone(404), post: null },
  // Only a server started for `npm run bench` (BENCH_FLOOR=true) has the floor route.
  "bench.floor": { path: () => "/bench/floor", get: everyone(404), post: null },
  "cases.$caseId.attachments.$attachmentId": {
    path: (f) => `/cases/${f.caseA}/attachments/${f.attachmentA}`,
    get: cells(404, { anonymous: "login", entrantA: "ok", jurorAssigned: "ok", chair: "ok" }),
    post: null,
  },
  "chair._index": { path: () => "/chair", get: chairOnly(), post: null },
  "chair.audit": { path: (f) => `/chair/audit?case=${f.caseA}`, get: chairOnly(), post: null },
  "chair.cases.$caseId": {
    path: (f) => `/chair/cases/${f.caseA}`,
    get: chairOnly(),
    post: {
      body: (f) => ({ intent: "unassign", assignmentId: String(f.spare.assignmentId) }),
      expect: chairOnly(),
    },
    fuzz: {
      as: "chair",
      fields: ["intent", "reason", "jurorId", "assignmentId"],
      intents: ["assign", "unassign", "disqualify"],
      phase: 9,
    },
  },
  "chair.cases._index": { path: (f) => `/chair/cases?competition=${f.competitionId}`, get: chairOnly(), post: null },
  "chair.competitions.$competitionId": {
    path: (f) => `/chair/competitions/${f.competitionId}`,
    get: chairOnly(),
    post: { body: (f) => ({ intent: "move-down", categoryId: String(f.categoryIds[0]) }), expect: chairOnly() },
    fuzz: {
      as: "chair",
      fields: ["intent", "categoryId", "description", ...COMPETITION_FIELDS],
      intents: ["save", "add-category", "move-up", "move-down", "remove-category"],
      phase: 9,
    },
  },
  "chair.competitions.$competitionId_.categories.$categoryId": {
    path: (f) => `/chair/competitions/${f.competitionId}/categories/${f.categoryIds[2]}`,
    get: chairOnly(),
    post: {
      body: () => ({ name: "Offentlig sektor", description: "Kommuner og etater", ...weights }),
      expect: chairOnly(),
    },
    fuzz: { as: "chair", fields: ["name", "description", "confirmRankingChange", ...WEIGHT_FIELDS], phase: 9 },
  },
  "chair.competitions.$competitionId_.clone": {
    path: (f) => `/chair/competitions/${f.competitionId}/clone`,
    get: chairOnly(),
    post: {
      // Into an old, closed year: it changes which competition is open or newest for no one.
      body: () => ({
        year: "2002",
        name: "Kundeservice Awards 2002",
        submissionOpensAt: "2002-01-01T09:00",
        submissionDeadlineAt: "2002-03-01T12:00",
        scoringDeadlineAt: "2002-04-01T12:00",
        confirmDeadlines: "on",
      }),
      expect: chairOnly(),
    },
    fuzz: {
      as: "chair",
      fields: ["year", "name", "submissionOpensAt", "submissionDeadlineAt", "scoringDeadlineAt", "confirmDeadlines"],
      phase: 9,
    },
  },
  "chair.competitions.$competitionId_.delete": {
    path: (f) => `/chair/competitions/${f.spare.emptyCompetitionId}/delete`,
    get: chairOnly(),
    post: { body: () => ({ intent: "delete" }), expect: chairOnly() },
    // The fuzz's first "delete" takes the empty competition; every later post finds nothing (404).
    fuzz: { as: "chair", fields: ["intent"], intents: ["delete"], phase: 9 },
  },
  "chair.competitions.new": {
    path: () => "/chair/competitions/new",
    get: chairOnly(),
    post: {
      // An old, closed competition: it changes which competition is open or newest for no one.
      body: () => ({
        year: "2001",
        name: "Kundeservice Awards 2001",
        submissionOpensAt: "2001-01-01T09:00",
        submissionDeadlineAt: "2001-03-01T12:00",
        scoringDeadlineAt: "2001-04-01T12:00",
        scaleMin: "1",
        scaleMax: "10",
        minScoreSheets: "3",
        ...weights,
        confirmDeadlines: "on",
      }),
      expect: chairOnly(),
    },
    fuzz: { as: "chair", fields: COMPETITION_FIELDS, phase: 9 },
  },
  "chair.conflicts": {
    path: () => "/chair/conflicts",
    get: chairOnly(),
    post: {
      body: (f) => ({
        intent: "add",
        jurorId: f.spare.jurorId,
        organisationId: String(f.orgB),
        kind: "client",
        reason: "Kunde av selskap B",
      }),
      expect: chairOnly(),
    },
    fuzz: {
      as: "chair",
      fields: ["intent", "jurorId", "organisationId", "kind", "reason", "conflictId", "removalReason"],
      intents: ["add", "remove"],
      phase: 9,
    },
  },
  "chair.jurors": {
    path: () => "/chair/jurors",
    get: chairOnly(),
    post: {
      body: () => ({ intent: "invite", email: uniqueEmail("matrise", "juryen.example.no") }),
      expect: chairOnly(),
    },
    fuzz: {
      as: "chair",
      fields: ["intent", "email", "invitationId"],
      intents: ["invite", "resend", "revoke"],
      phase: 9,
    },
  },
  "chair.jury": {
    path: (f) => `/chair/jury?competition=${f.competitionId}`,
    get: chairOnly(),
    post: { body: (f) => ({ intent: "preview", competitionId: String(f.competitionId) }), expect: chairOnly() },
    fuzz: {
      as: "chair",
      fields: ["intent", "competitionId", "fingerprint"],
      intents: ["lock", "unlock", "blind-on", "blind-off", "preview", "save-plan"],
      phase: 9,
    },
  },
  "chair.jury_.reminders": {
    path: (f) => `/chair/jury/reminders?competition=${f.competitionId}&round=main`,
    get: chairOnly(),
    // A preview with nobody ticked is refused by the form (and writes nothing), whoever may post it.
    post: {
      body: (f) => ({ intent: "preview-reminder", round: "main", competitionId: String(f.competitionId) }),
      expect: chairOnly("invalid"),
    },
    fuzz: {
      as: "chair",
      fields: ["intent", "competitionId", "round", "jurorIds", "batchKey"],
      intents: ["preview-reminder", "send-reminder"],
      phase: 9,
    },
  },
  "chair.jury_.calibration": {
    path: (f) => `/chair/jury/calibration?competition=${f.competitionId}`,
    get: chairOnly(),
    // Opening without a sample is refused by the form (and writes nothing), whoever may post it.
    post: { body: (f) => ({ intent: "open", competitionId: String(f.competitionId) }), expect: chairOnly("invalid") },
    fuzz: {
      as: "chair",
      fields: ["intent", "competitionId", "title1", "servicePromise1", "anchoring1", "realisation1", "title2"],
      intents: ["open", "save-samples", "close"],
      phase: 9,
    },
  },
  "chair.mailings._index": {
    path: (f) => `/chair/mailings?competition=${f.competitionId}`,
    get: chairOnly(),
    // A preview writes nothing, so the plausible post leaves every role's standing as it was.
    post: {
      body: (f) => ({
        intent: "preview",
        competitionId: String(f.competitionId),
        audience: "submitted",
        subjectNb: "Påminnelse",
        bodyNb: "Hei {name}",
      }),
      expect: chairOnly(),
    },
    fuzz: {
      as: "chair",
      fields: [
        "intent",
        "competitionId",
        "audience",
        "subjectNb",
        "bodyNb",
        "subjectEn",
        "bodyEn",
        "idempotencyKey",
        "previewed",
        "recipientPage",
      ],
      intents: ["preview", "queue"],
      phase: 9,
    },
  },
  // No mailing in the fixture: the chair finds none (404) and everyone else is stopped by the guard.
  "chair.mailings.$mailingId": {
    path: () => "/chair/mailings/999999",
    get: chairOnly(404),
    post: { body: () => ({ intent: "send" }), expect: chairOnly(404) },
    fuzz: { as: "chair", fields: ["intent"], intents: ["send"], phase: 9 },
  },
  "chair.organisations.$organisationId": {
    path: (f) => `/chair/organisations/${f.orgA}`,
    get: chairOnly(),
    post: { body: (f) => ({ intent: "approve", userId: f.spare.pendingForChair }), expect: chairOnly() },
    fuzz: {
      as: "chair",
      fields: ["intent", "userId", "email", "name", "previousAdmins", "reason"],
      intents: ["approve", "refuse", "remove", "make-admin", "step-down", "hand-over"],
      phase: 9,
    },
  },
  "chair.organisations._index": { path: () => "/chair/organisations?sort=name&q=a", get: chairOnly(), post: null },
  "chair.publish": {
    path: (f) => `/chair/publish?competition=${f.competitionId}`,
    get: chairOnly(),
    post: { body: (f) => ({ intent: "share-on", competitionId: String(f.competitionId) }), expect: chairOnly() },
    fuzz: {
      as: "chair",
      fields: [
        "intent",
        "competitionId",
        "finalistCount",
        "overrideReason",
        "include-1",
        "includeReason-1",
        "reasoning-1",
        "reasoning-2",
        "shown-winners-1",
        "finalRoundDeadline",
      ],
      intents: [
        "prepare-finalists",
        "prepare-winners",
        "publish-finalists",
        "publish-winners",
        "resend-finalists",
        "share-on",
        "share-off",
        "open-final-round",
        "lock-final-round",
        "unlock-final-round",
      ],
      phase: 9,
    },
  },
  "chair.publish_.correct": {
    path: (f) => `/chair/publish/correct?competition=${f.competitionId}`,
    get: chairOnly(),
    // Without a reason a correction is refused by the form, whoever may post it.
    post: { body: (f) => ({ competitionId: String(f.competitionId), reason: "" }), expect: chairOnly("invalid") },
    fuzz: {
      as: "chair",
      fields: ["competitionId", "reason", "withdrawCaseId", "reasoning-1", "reasoning-2"],
      phase: 9,
    },
  },
  "chair.ranking": {
    path: (f) => `/chair/ranking?competition=${f.competitionId}`,
    get: chairOnly(),
    post: { body: (f) => ({ competitionId: String(f.competitionId), method: "median" }), expect: chairOnly() },
    fuzz: { as: "chair", fields: ["competitionId", "method"], phase: 9 },
  },
  "chair.ranking[.]csv": {
    path: (f) => `/chair/ranking.csv?competition=${f.competitionId}`,
    get: chairOnly(),
    post: null,
  },
  "chair.score-sheets[.]csv": {
    path: (f) => `/chair/score-sheets.csv?competition=${f.competitionId}`,
    get: chairOnly(),
    post: null,
  },
  "entrant._index": {
    path: () => "/entrant",
    // The home page is where a pending member waits: it says so and shows nothing of the company.
    get: cells(403, { anonymous: "login", entrantA: "ok", entrantB: "ok", pendingA: "ok" }),
    post: null,
  },
  "entrant.cases.$caseId": {
    path: (f) => `/entrant/cases/${f.draftA}`,
    get: entrantArea("ok", 404),
    post: {
      body: (f) => ({
        intent: "save-draft",
        version: String(caseVersion(f, f.draftA)),
        categoryId: String(f.categoryIds[1]),
        ...COMPLETE_CASE_TEXTS,
      }),
      expect: entrantArea("ok", 404),
    },
    fuzz: {
      as: "entrantA",
      fields: ["intent", "version", "categoryId", "base", "overwriteVersion", "attachmentId", ...CASE_TEXT_NAMES],
      intents: ["save-draft", "upload", "overwrite", "remove-attachment-1", "submit", "reopen", "withdraw", "restore"],
      phase: 1,
      runs: 400,
    },
  },
  "entrant.cases.$caseId_.autosave": {
    path: (f) => `/entrant/cases/${f.draftA}/autosave`,
    get: everyone(405),
    post: {
      body: (f) => ({
        version: String(caseVersion(f, f.draftA)),
        categoryId: String(f.categoryIds[1]),
        ...COMPLETE_CASE_TEXTS,
      }),
      // The editor's background save: without a session 401 (the page asks to log in in place).
      expect: { ...entrantArea("ok", 404), anonymous: 401 },
    },
    fuzz: { as: "entrantA", fields: ["version", "categoryId", "base", ...CASE_TEXT_NAMES], phase: 1, runs: 200 },
  },
  "entrant.cases.$caseId_.receipt": {
    path: (f) => `/entrant/cases/${f.caseA}/receipt`,
    get: entrantArea("ok", 404),
    post: null,
  },
  "entrant.cases.$caseId_.result": {
    path: (f) => `/entrant/cases/${f.caseA}/result`,
    // Nothing is published yet: the owner's page says so; another company's case is not found.
    get: entrantArea("ok", 404),
    post: null,
  },
  "entrant.cases.new": {
    path: () => "/entrant/cases/new",
    get: entrantArea("ok", "ok"),
    post: {
      body: (f) => ({ categoryId: String(f.categoryIds[2]), title: "Nytt utkast" }),
      expect: entrantArea("ok", "ok"),
    },
    fuzz: { as: "entrantA", fields: ["categoryId", "title"], phase: 1 },
  },
  "entrant.members": {
    path: () => "/entrant/members",
    get: entrantArea("ok", "ok"),
    post: {
      body: (f) => ({ intent: "approve", userId: f.spare.pendingForEntrant }),
      // B's administrator cannot decide on A's members: that member is not found in B.
      expect: entrantArea("ok", 404),
    },
    fuzz: {
      as: "entrantA",
      fields: ["intent", "userId"],
      intents: ["approve", "refuse", "remove", "make-admin", "step-down"],
      phase: 1,
    },
  },
  "entrant.organisation": {
    path: () => "/entrant/organisation",
    get: entrantArea("ok", "ok"),
    post: {
      body: () => ({
        name: "Selskapet AS",
        address: "Storgata 1, 0155 Oslo",
        contactName: "Kari",
        contactEmail: "kari@example.no",
      }),
      expect: entrantArea("ok", "ok"),
    },
    fuzz: { as: "entrantA", fields: ["name", "address", "contactName", "contactEmail"], phase: 1 },
  },
  "forgot-password": {
    path: () => "/forgot-password",
    get: anonymousOnly("ok"),
    // Not the spare account's address: a new link would void the one the reset row uses.
    post: { body: (f) => ({ email: f.logins.entrantB.email }), expect: anonymousOnly("ok") },
    fuzz: { as: "fresh", fields: ["email"], phase: 0, runs: 150 },
  },
  "invitations.$token": {
    path: (f) => `/invitations/${f.tokens.invitation}`,
    // The link is the key, whoever holds it: an incomplete form is refused alike for every visitor.
    get: everyone("ok"),
    post: { body: () => ({ name: "Ola" }), expect: everyone("invalid") },
    fuzz: {
      as: "fresh",
      fields: ["name", "password", "employers", "boards", "clients"],
      phase: 0,
      runs: 120,
    },
  },
  "jury._index": { path: () => "/jury", get: jurorOnly(), post: null },
  "jury.cases.$caseId": {
    path: (f) => `/jury/cases/${f.caseA}`,
    get: assignedJurorOnly,
    post: {
      body: () => ({
        intent: "save-draft",
        scorePromise: "7",
        scoreAnchoring: "6",
        scoreRealisation: "8",
        overallComment: "Godt løfte",
      }),
      expect: assignedJurorOnly,
    },
    fuzz: {
      as: "jurorAssigned",
      fields: ["intent", "reason", ...SCORE_FIELDS, ...COMMENT_FIELDS],
      // Not "declare-conflict": it takes the case off the juror for good, and every later case would be a 404.
      intents: ["no-conflict", "save-draft", "finalise", "reopen"],
      phase: 2,
      runs: 400,
    },
  },
  // The fixture has no calibration round (one would hold every juror's sheets back): a sample that does not exist.
  "jury.calibration.$sampleId": {
    path: () => "/jury/calibration/999999",
    get: jurorOnly(404),
    post: { body: () => ({ intent: "save-draft", scorePromise: "7" }), expect: jurorOnly(404) },
    fuzz: {
      as: "jurorAssigned",
      fields: ["intent", ...SCORE_FIELDS, ...COMMENT_FIELDS],
      intents: ["save-draft", "finalise"],
      phase: 2,
    },
  },
  "jury.sheets": { path: () => "/jury/sheets", get: jurorOnly(), post: null },
  "jury.ties": {
    path: () => "/jury/ties",
    get: jurorOnly(),
    post: { body: () => ({ intent: "add", employers: "Ukjent Arbeidsgiver AS" }), expect: jurorOnly() },
    fuzz: {
      as: "jurorAssigned",
      fields: ["intent", "employers", "boards", "clients", "tieId"],
      intents: ["add", "remove"],
      phase: 2,
    },
  },
  language: {
    path: () => "/language",
    get: everyone("to:/"),
    post: { body: () => ({ locale: "nb", redirectTo: "/profile" }), expect: everyone("ok") },
    fuzz: { as: "fresh", fields: ["locale", "redirectTo"], phase: 0 },
  },
  login: {
    path: () => "/login",
    get: anonymousOnly("ok"),
    post: {
      body: (f) => ({ ...f.spare.login, redirectTo: "/profile" }),
      expect: anonymousOnly("ok"),
    },
    fuzz: { as: "fresh", fields: ["email", "password", "redirectTo"], phase: 0, runs: 150 },
  },
  logout: {
    path: () => "/logout",
    get: everyone("to:/"),
    post: { body: () => ({}), expect: everyone("to:/"), endsSession: true },
    fuzz: { as: "fresh", fields: ["intent"], phase: 0, runs: 100 },
  },
  profile: {
    path: () => "/profile",
    get: signedIn("ok"),
    post: {
      body: () => ({ intent: "change-password", currentPassword: "feil passord", password: TEST_PASSWORD }),
      expect: signedIn("invalid"),
    },
    fuzz: {
      as: "spare",
      fields: ["intent", "currentPassword", "password"],
      // Not "log-out-everywhere": it ends the fuzzing client's own session, and all after it would be login redirects.
      intents: ["change-password"],
      phase: 3,
      runs: 150,
    },
  },
  "profile_.data[.]json": { path: () => "/profile/data.json", get: signedIn("ok"), post: null },
  "profile_.delete": {
    path: () => "/profile/delete",
    get: signedIn("ok"),
    post: {
      body: () => ({ currentPassword: "feil passord", confirm: "yes" }),
      // Refused whatever the password for the last administrator of a company with a submitted case,
      // a juror judging an unpublished competition and the only chair (ADR 0007); the rest get "wrong password".
      expect: { ...signedIn("invalid"), entrantA: 403, jurorAssigned: 403, chair: 403 },
    },
    fuzz: { as: "spare", fields: ["currentPassword", "confirm"], phase: 3, runs: 150 },
  },
  register: {
    path: () => "/register",
    get: anonymousOnly("ok"),
    post: {
      body: () => ({
        name: "Matrise Registrant",
        email: uniqueEmail("matrise"),
        password: "en helt ny og lang passordfrase",
        orgNumber: nextOrgNumber(),
        organisationName: "Matrise AS",
      }),
      expect: anonymousOnly("to:/entrant"),
    },
    fuzz: { as: "fresh", fields: ["name", "email", "password", "orgNumber", "organisationName"], phase: 0, runs: 150 },
  },
  "reset-password.$token": {
    path: (f) => `/reset-password/${f.tokens.reset}`,
    get: everyone("ok"),
    post: { body: () => ({ password: "" }), expect: everyone("invalid") },
    fuzz: { as: "fresh", fields: ["password"], phase: 4, runs: 120 },
  },
  "results.$year": { path: (f) => `/results/${f.year}`, get: everyone("ok"), post: null },
  setup: {
    path: (f) => `/setup?token=${f.tokens.setup}`,
    // A chair exists, so the first-run link is spent for everyone.
    get: everyone(404),
    post: {
      body: (f) => ({ token: f.tokens.setup, name: "Ny Leder", email: uniqueEmail("leder"), password: TEST_PASSWORD }),
      expect: everyone(404),
    },
    fuzz: { as: "fresh", fields: ["token", "name", "email", "password"], phase: 0, runs: 100 },
  },
  "verify-email": {
    path: () => "/verify-email",
    get: cells("to:/entrant", {
      anonymous: "login",
      jurorAssigned: "to:/jury",
      jurorUnassigned: "to:/jury",
      jurorConflicted: "to:/jury",
      chair: "to:/chair",
    }),
    post: {
      body: () => ({ intent: "resend" }),
      expect: cells("to:/entrant", {
        anonymous: "login",
        jurorAssigned: "to:/jury",
        jurorUnassigned: "to:/jury",
        jurorConflicted: "to:/jury",
        chair: "to:/chair",
      }),
    },
    fuzz: { as: "unverified", fields: ["intent", "email"], intents: ["resend", "correct"], phase: 0, runs: 150 },
  },
  "verify-email_.$token": {
    path: (f) => `/verify-email/${f.tokens.verification}`,
    // The link proves the address only for the account it was sent to: for anyone else it is unknown.
    get: signedIn(404),
    post: null,
  },
};

const ROUTES_DIR = resolve(import.meta.dirname, "../../app/routes");

/** The route modules on disk, by file name without the extension, and whether each exports an action. */
export function routeModules(): { name: string; hasAction: boolean }[] {
  return readdirSync(ROUTES_DIR)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({
      name: file.replace(/\.tsx?$/, ""),
      hasAction: /export (async )?function action\b|export const action\b/.test(
        readFileSync(join(ROUTES_DIR, file), "utf8"),
      ),
    }));
}
