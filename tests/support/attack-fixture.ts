import { expect } from "vitest";
import { openDatabase } from "#db/client.ts";
import { addCategory, createCompetition } from "#app/domain/competitions.server.ts";
import { addCompanyMember } from "./conflict-fixtures.ts";
import { writeAndSubmitCase } from "./entrant-cases.ts";
import {
  assignConfirmed,
  createOpenCompetition,
  createUser,
  mailedLink,
  mailedVerificationPath,
  nextOrgNumber,
  sqlRows,
  uniqueEmail,
} from "./factories.ts";
import { HttpClient, loggedIn } from "./http-client.ts";
import type { TestServer } from "./test-server.ts";

/** The eight kinds of visitor every route is tried as (issue 12). */
export const ROLES = [
  "anonymous",
  "entrantA",
  "entrantB",
  "pendingA",
  "jurorAssigned",
  "jurorUnassigned",
  "jurorConflicted",
  "chair",
] as const;
export type RoleName = (typeof ROLES)[number];

export type Login = { email: string; password: string };

/**
 * One competition with two companies and a jury, built through the shared factories and the
 * portal's own forms, with a real id for every kind of thing a route names: company A has a
 * submitted case with an attachment (judged by the assigned juror) and a draft; company B a draft.
 */
export type AttackFixture = {
  server: TestServer;
  competitionId: number;
  year: number;
  categoryIds: [number, number, number];
  orgA: number;
  orgB: number;
  /** A's submitted case, with one attachment, assigned to `jurorAssigned`. */
  caseA: number;
  attachmentA: number;
  /** A's draft in the second category, for the entrant's editor. */
  draftA: number;
  /** B's draft in the first category. */
  draftB: number;
  ids: Record<Exclude<RoleName, "anonymous">, string>;
  logins: Record<Exclude<RoleName, "anonymous">, Login>;
  clients: Record<RoleName, HttpClient>;
  /** Throwaway things the matrix's allowed posts act on, so the roles above keep their standing. */
  spare: {
    jurorId: string;
    assignmentId: number;
    pendingForEntrant: string;
    pendingForChair: string;
    login: Login;
    /** An old competition without cases, which the chair may delete. */
    emptyCompetitionId: number;
  };
  tokens: { invitation: string; reset: string; verification: string; setup: string };
  /** Signed in with an address not yet proven: the only visitor the check-mail page serves. */
  unverified: HttpClient;
};

function locationOf(response: Response): string {
  expect(response.status, `expected a redirect, got ${response.status}`).toBe(302);
  return response.headers.get("location")!;
}

const lastSegment = (path: string) => Number(new URL(path, "http://x").pathname.split("/").pop());

export async function seedAttackFixture(server: TestServer): Promise<AttackFixture> {
  const { baseUrl, databasePath, dataDir } = server;
  const setup = server.setupUrl ? new URL(server.setupUrl).searchParams.get("token") : null;
  if (!setup) throw new Error("The server printed no setup link: start it on an empty database");

  const chair = await createUser(databasePath, { role: "chair" });
  const chairClient = await loggedIn(baseUrl, chair);
  const { competitionId, categoryIds } = createOpenCompetition(databasePath);
  const db = openDatabase(databasePath);
  const third = addCategory(db, null, competitionId, { name: "Offentlig sektor" }, new Date()).id;
  // Long closed, so it changes which competition is open or newest for no one.
  const emptyCompetitionId = createCompetition(
    db,
    null,
    {
      year: 2003,
      name: "Kundeservice Awards 2003",
      submissionOpensAt: new Date("2003-01-01T08:00:00Z"),
      submissionDeadlineAt: new Date("2003-03-01T11:00:00Z"),
      scoringDeadlineAt: new Date("2003-04-01T10:00:00Z"),
    },
    new Date(),
  ).id;
  db.$client.close();
  const year = sqlRows<{ year: number }>(databasePath, "SELECT year FROM competitions WHERE id = ?", competitionId)[0]!
    .year;

  const entrantA = await createUser(databasePath, { role: "entrant", name: "Anne A" });
  const clientA = await loggedIn(baseUrl, entrantA);
  const { caseId: caseA, submitted } = await writeAndSubmitCase(clientA, categoryIds[0], {
    title: "Selskap A svarer",
    attachmentName: "rapport.pdf",
  });
  expect(submitted.status).toBe(302);
  const draftA = lastSegment(
    locationOf(await clientA.post("/entrant/cases/new", { categoryId: String(categoryIds[1]), title: "Utkast A" })),
  );
  const orgA = sqlRows<{ organisation_id: number }>(
    databasePath,
    "SELECT organisation_id FROM users WHERE id = ?",
    entrantA.id,
  )[0]!.organisation_id;
  const attachmentA = sqlRows<{ id: number }>(databasePath, "SELECT id FROM attachments WHERE case_id = ?", caseA)[0]!
    .id;

  const entrantB = await createUser(databasePath, { role: "entrant", name: "Bjørn B" });
  const clientB = await loggedIn(baseUrl, entrantB);
  const draftB = lastSegment(
    locationOf(await clientB.post("/entrant/cases/new", { categoryId: String(categoryIds[0]), title: "Utkast B" })),
  );
  const orgB = sqlRows<{ organisation_id: number }>(
    databasePath,
    "SELECT organisation_id FROM users WHERE id = ?",
    entrantB.id,
  )[0]!.organisation_id;

  const member = (name: string) =>
    addCompanyMember(databasePath, orgA, { email: uniqueEmail(name), membership: "pending", name });
  const pendingA = await member("venter");
  const pendingForEntrant = await member("venter-to");
  const pendingForChair = await member("venter-tre");

  const jurorAssigned = await createUser(databasePath, { role: "juror", name: "Jury Tildelt" });
  assignConfirmed(databasePath, caseA, jurorAssigned.id);
  const jurorUnassigned = await createUser(databasePath, { role: "juror", name: "Jury Uten" });
  const jurorConflicted = await createUser(databasePath, { role: "juror", name: "Jury Inhabil" });
  assignConfirmed(databasePath, caseA, jurorConflicted.id);
  // The chair's conflict takes the unfinished assignment away again, as it would in real life.
  const conflict = await chairClient.post("/chair/conflicts", {
    intent: "add",
    jurorId: jurorConflicted.id,
    organisationId: String(orgA),
    kind: "board",
    reason: "Sitter i styret til selskap A",
  });
  expect(locationOf(conflict)).toMatch(/outcome=added&count=1/);
  const spareJuror = await createUser(databasePath, { role: "juror", name: "Jury Reserve" });
  assignConfirmed(databasePath, caseA, spareJuror.id);
  const assignmentId = sqlRows<{ id: number }>(
    databasePath,
    "SELECT id FROM assignments WHERE juror_id = ?",
    spareJuror.id,
  )[0]!.id;

  const invited = uniqueEmail("invitert", "juryen.example.no");
  locationOf(await chairClient.post("/chair/jurors", { intent: "invite", email: invited }));
  const invitation = (await mailedLink(dataDir, invited, /\/invitations\/[\w-]+/)).split("/").pop()!;

  const spare = await createUser(databasePath, { role: "entrant", name: "Reserve Entrant" });
  locationOf(await new HttpClient(baseUrl).post("/forgot-password", { email: spare.email }));
  const reset = (await mailedLink(dataDir, spare.email, /\/reset-password\/[\w-]+/)).split("/").pop()!;

  const unverified = new HttpClient(baseUrl);
  const registrant = uniqueEmail("ny");
  const registered = await unverified.post("/register", {
    name: "Ny Registrant",
    email: registrant,
    password: "en helt ny og lang passordfrase",
    orgNumber: nextOrgNumber(),
    organisationName: "Nyregistrert AS",
  });
  expect(locationOf(registered)).toBe("/entrant");
  const verification = (await mailedVerificationPath(dataDir, registrant)).split("/").pop()!;

  const logins = {
    entrantA,
    entrantB,
    pendingA,
    jurorAssigned,
    jurorUnassigned,
    jurorConflicted,
    chair,
  };
  const clients: Record<RoleName, HttpClient> = {
    anonymous: new HttpClient(baseUrl),
    entrantA: clientA,
    entrantB: clientB,
    pendingA: await loggedIn(baseUrl, pendingA),
    jurorAssigned: await loggedIn(baseUrl, jurorAssigned),
    jurorUnassigned: await loggedIn(baseUrl, jurorUnassigned),
    jurorConflicted: await loggedIn(baseUrl, jurorConflicted),
    chair: chairClient,
  };
  return {
    server,
    competitionId,
    year,
    categoryIds: [categoryIds[0], categoryIds[1], third],
    orgA,
    orgB,
    caseA,
    attachmentA,
    draftA,
    draftB,
    ids: Object.fromEntries(Object.entries(logins).map(([role, login]) => [role, login.id])) as AttackFixture["ids"],
    logins,
    clients,
    spare: {
      emptyCompetitionId,
      jurorId: spareJuror.id,
      assignmentId,
      pendingForEntrant: pendingForEntrant.id,
      pendingForChair: pendingForChair.id,
      login: spare,
    },
    tokens: { invitation, reset, verification, setup },
    unverified,
  };
}

/** A client with the same cookies, so a post that swaps or ends the session leaves the original as it was. */
export function cloneClient(client: HttpClient): HttpClient {
  const copy = new HttpClient(client.baseUrl);
  copy.setCookieHeader(client.cookieHeader());
  return copy;
}

/** The version a case's editor would post now. */
export function caseVersion(fixture: AttackFixture, caseId: number): number {
  return sqlRows<{ version: number }>(fixture.server.databasePath, "SELECT version FROM cases WHERE id = ?", caseId)[0]!
    .version;
}
