import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditActions,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  setScoringDeadline,
  sqlRows,
  uniqueEmail,
} from "#tests/support/factories.ts";
import { addCompanyMember } from "#tests/support/conflict-fixtures.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { remindJurors } from "#tests/support/reminders.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let categoryId: number;
const caseIds: number[] = [];
const jurors: { id: string; email: string; password: string; name: string }[] = [];
const CONFLICT_DOMAIN = "havbris.no";

const jurorClients = new Map<string, HttpClient>();
async function asJuror(index: number): Promise<HttpClient> {
  const juror = jurors[index]!;
  if (!jurorClients.has(juror.id)) jurorClients.set(juror.id, await loggedIn(server.baseUrl, juror));
  return jurorClients.get(juror.id)!;
}

const FULL_SHEET = {
  scorePromise: "8",
  scoreAnchoring: "6",
  scoreRealisation: "7",
  commentPromise: "Tydelig løfte.",
  commentAnchoring: "Godt forankret i kundesenteret.",
  commentRealisation: "Gode målinger over tid.",
  overallComment: "En sterk sak.",
};

const query = <T>(sql: string, ...params: unknown[]) => sqlRows<T>(server.databasePath, sql, ...params);

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  ({
    competitionId,
    categoryIds: [categoryId],
  } = createOpenCompetition(server.databasePath));
  const titles = [
    "Havbris svarer på en time",
    "Alltid et menneske på telefonen",
    "Pengene tilbake samme dag",
    "Reparert innen fem dager",
  ];
  for (const [index, title] of titles.entries()) {
    const { caseId, organisationId } = createSubmittedCase(server.databasePath, { competitionId, categoryId, title });
    caseIds.push(caseId);
    // The first company has a verified member on the domain of the first juror.
    if (index === 0)
      await addCompanyMember(server.databasePath, organisationId, { email: uniqueEmail("leder", CONFLICT_DOMAIN) });
  }
  const names = ["Anne Havbris", "Bjørn Berg", "Cecilie Dahl", "Didrik Eng"];
  for (const [index, name] of names.entries()) {
    const email = index === 0 ? uniqueEmail("anne", CONFLICT_DOMAIN) : uniqueEmail("juror");
    jurors.push({ ...(await createUser(server.databasePath, { role: "juror", name, email })), name });
  }
});

afterAll(async () => {
  await server?.stop();
});

function assignmentsOf(caseId: number) {
  return query<{ juror_id: string }>("SELECT juror_id FROM assignments WHERE case_id = ?", caseId).map(
    (row) => row.juror_id,
  );
}

describe("automatic assignment", () => {
  it("shows the plan first, saves exactly that plan, avoids the domain conflict, evens the load and mails each juror", async () => {
    const preview = await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "preview" });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("12 nye tildelinger");
    expect(query("SELECT id FROM assignments")).toHaveLength(0);

    const fingerprint = /name="fingerprint" value="([^"]*)"/.exec(html)![1]!;
    const saved = await chair.post("/chair/jury", {
      competitionId: String(competitionId),
      intent: "save-plan",
      fingerprint,
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toContain("outcome=assigned&count=12&failed=0");

    for (const caseId of caseIds) expect(assignmentsOf(caseId)).toHaveLength(3);
    expect(assignmentsOf(caseIds[0]!)).not.toContain(jurors[0]!.id);
    const loads = query<{ n: number }>("SELECT COUNT(*) AS n FROM assignments GROUP BY juror_id").map((row) => row.n);
    expect(loads).toEqual([3, 3, 3, 3]);

    for (const juror of jurors) expect(server.output()).toContain(`Mail to ${juror.email} (“Nye saker å vurdere`);
    expect(auditActions(server.databasePath, "case", caseIds[1]!)).toContain("assignment.created");
  });

  it("refuses to save a plan other than the one now proposed, and shows the new one", async () => {
    const stale = await chair.post("/chair/jury", {
      competitionId: String(competitionId),
      intent: "save-plan",
      fingerprint: "1:someone",
    });
    expect(stale.status).toBe(409);
    expect(await pageText(stale)).toContain("Noe er endret siden forslaget ble laget");
  });

  it("refuses a hand assignment that breaks the domain rule", async () => {
    const refused = await chair.post(`/chair/cases/${caseIds[0]}`, { intent: "assign", jurorId: jurors[0]!.id });
    expect(refused.status).toBe(400);
    expect(await pageText(refused)).toContain("samme e-postdomene som bedriften");
    expect(assignmentsOf(caseIds[0]!)).not.toContain(jurors[0]!.id);
  });
});

/** A case the juror has, and one they do not, after the automatic assignment. */
function casesOf(jurorIndex: number) {
  const id = jurors[jurorIndex]!.id;
  return {
    mine: caseIds.filter((caseId) => assignmentsOf(caseId).includes(id)),
    others: caseIds.filter((caseId) => !assignmentsOf(caseId).includes(id)),
  };
}

describe("a juror scoring", () => {
  it("asks about conflicts of interest before showing the case, and takes no scores before the answer", async () => {
    const juror = await asJuror(1);
    const [caseId] = casesOf(1).mine;
    const question = await juror.get(`/jury/cases/${caseId}`);
    expect(question.status).toBe(200);
    const text = await pageText(question);
    expect(text).toContain("interessekonflikt");
    expect(text).not.toContain("Gjennomføringen i");
    expect((await juror.post(`/jury/cases/${caseId}`, { intent: "save-draft", ...FULL_SHEET })).status).toBe(404);

    const confirmed = await juror.post(`/jury/cases/${caseId}`, { intent: "no-conflict" });
    expect(confirmed.status).toBe(302);
    expect(await pageText(await juror.get(`/jury/cases/${caseId}`))).toContain("Gjennomføringen i");
  });

  it("saves a partial draft, refuses scores off the scale and finalising with a step unscored", async () => {
    const juror = await asJuror(1);
    const [caseId] = casesOf(1).mine;
    const draft = await juror.post(`/jury/cases/${caseId}`, {
      intent: "save-draft",
      scorePromise: "8",
      commentPromise: "Tydelig løfte.",
    });
    expect(draft.status).toBe(302);
    const page = await pageText(await juror.get(`/jury/cases/${caseId}`));
    expect(page).toContain("Tydelig løfte.");

    const offScale = await juror.post(`/jury/cases/${caseId}`, {
      intent: "save-draft",
      ...FULL_SHEET,
      scoreRealisation: "11",
    });
    expect(offScale.status).toBe(400);
    expect(await pageText(offScale)).toContain("Velg et poeng fra 1 til 10");
    expect(
      (await juror.post(`/jury/cases/${caseId}`, { intent: "save-draft", ...FULL_SHEET, scorePromise: "sju" })).status,
    ).toBe(400);

    const incomplete = await juror.post(`/jury/cases/${caseId}`, {
      intent: "finalise",
      ...FULL_SHEET,
      scoreAnchoring: "",
    });
    expect(incomplete.status).toBe(400);
    expect(await pageText(incomplete)).toContain("Gi poeng før du ferdigstiller");
    expect(
      query<{ status: string }>(
        "SELECT s.status FROM score_sheets s JOIN assignments a ON a.id = s.assignment_id WHERE a.case_id = ? AND a.juror_id = ?",
        caseId,
        jurors[1]!.id,
      )[0]?.status,
    ).toBe("draft");
  });

  it("finalises with the weighted total shown, can reopen, and both are audited", async () => {
    const juror = await asJuror(1);
    const [caseId] = casesOf(1).mine;
    expect((await juror.post(`/jury/cases/${caseId}`, { intent: "finalise", ...FULL_SHEET })).status).toBe(302);
    const page = await pageText(await juror.get(`/jury/cases/${caseId}`));
    // 30/30/40 weights: 0.3·8 + 0.3·6 + 0.4·7 = 7.00
    expect(page).toContain("Din vektede sum: 7,00");
    expect(page).toContain("Vurderingen er ferdig");
    expect(
      (await juror.post(`/jury/cases/${caseId}`, { intent: "save-draft", ...FULL_SHEET, scorePromise: "2" })).status,
    ).toBe(409);

    expect((await juror.post(`/jury/cases/${caseId}`, { intent: "reopen" })).status).toBe(302);
    expect(auditActions(server.databasePath, "case", caseId!)).toEqual(
      expect.arrayContaining(["conflict.none", "sheet.finalised", "sheet.reopened"]),
    );
    expect((await juror.post(`/jury/cases/${caseId}`, { intent: "finalise", ...FULL_SHEET })).status).toBe(302);
  });

  it("never shows one juror another juror's sheet", async () => {
    const [caseId] = casesOf(1).mine;
    const otherIndex = jurors.findIndex((juror, index) => index !== 1 && assignmentsOf(caseId!).includes(juror.id));
    const other = await asJuror(otherIndex);
    await other.post(`/jury/cases/${caseId}`, { intent: "no-conflict" });
    const page = await pageText(await other.get(`/jury/cases/${caseId}`));
    expect(page).toContain("Gjennomføringen i");
    expect(page).not.toContain("Godt forankret i kundesenteret.");
    expect(page).not.toContain("Din vektede sum");
  });

  it("hides the organisation's name and number from jurors while blind judging is on", async () => {
    const juror = await asJuror(1);
    const [caseId] = casesOf(1).mine;
    const [organisation] = query<{ name: string; org_number: string }>(
      "SELECT o.name, o.org_number FROM organisations o JOIN cases c ON c.organisation_id = o.id WHERE c.id = ?",
      caseId,
    );
    expect(await pageText(await juror.get(`/jury/cases/${caseId}`))).toContain(organisation!.name);

    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "blind-on" })).status).toBe(
      302,
    );
    const blind = await juror.get(`/jury/cases/${caseId}`);
    const html = await blind.text();
    expect(html).not.toContain("Bedrift for");
    expect(html).not.toContain(organisation!.org_number);
    expect(html).toContain("Skjult (blind vurdering)");
    expect(
      (await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "blind-off" })).status,
    ).toBe(302);
    expect(auditActions(server.databasePath, "competition", competitionId)).toEqual(
      expect.arrayContaining(["blind-judging.on", "blind-judging.off"]),
    );
  });

  it("answers 404 for a case the juror is not assigned to, for reading and for scoring", async () => {
    const juror = await asJuror(1);
    const [notMine] = casesOf(1).others;
    expect((await juror.get(`/jury/cases/${notMine}`)).status).toBe(404);
    expect((await juror.post(`/jury/cases/${notMine}`, { intent: "no-conflict" })).status).toBe(404);
    expect((await juror.post(`/jury/cases/${notMine}`, { intent: "finalise", ...FULL_SHEET })).status).toBe(404);
  });

  it("takes a declared conflict off the juror's list, refuses scores for it and shows the chair the reason", async () => {
    const juror = await asJuror(2);
    const [{ case_id: caseId }] = query<{ case_id: number }>(
      "SELECT case_id FROM assignments WHERE juror_id = ? AND conflict_status = 'unconfirmed' ORDER BY case_id",
      jurors[2]!.id,
    ) as [{ case_id: number }];
    const noReason = await juror.post(`/jury/cases/${caseId}`, { intent: "declare-conflict", reason: "" });
    expect(noReason.status).toBe(400);
    const declared = await juror.post(`/jury/cases/${caseId}`, {
      intent: "declare-conflict",
      reason: "Søsteren min leder kundeservice der.",
    });
    expect(declared.status).toBe(302);
    expect(declared.headers.get("location")).toBe("/jury?conflict=declared");

    expect((await juror.get(`/jury/cases/${caseId}`)).status).toBe(404);
    expect((await juror.post(`/jury/cases/${caseId}`, { intent: "finalise", ...FULL_SHEET })).status).toBe(404);
    const dashboard = await juror.get("/jury?conflict=declared");
    const html = await dashboard.text();
    expect(html.match(/data-testid="juror-case"/g)).toHaveLength(2);
    expect(html.match(/data-testid="conflict-case"/g)).toHaveLength(1);
    expect(await pageText(await chair.get(`/chair/cases/${caseId}`))).toContain(
      "Inhabil: Søsteren min leder kundeservice der.",
    );
    expect(auditActions(server.databasePath, "case", caseId)).toContain("conflict.declared");
  });

  it("refuses every change once the chair locks scoring, and again after the deadline", async () => {
    const juror = await asJuror(1);
    const [finalised, second] = casesOf(1).mine;
    await juror.post(`/jury/cases/${second}`, { intent: "no-conflict" });

    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    expect((await juror.post(`/jury/cases/${second}`, { intent: "save-draft", ...FULL_SHEET })).status).toBe(403);
    expect((await juror.post(`/jury/cases/${finalised}`, { intent: "reopen" })).status).toBe(403);
    expect(await pageText(await juror.get(`/jury/cases/${second}`))).toContain("Poenggivningen er stengt");
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "unlock" })).status).toBe(
      302,
    );
    expect((await juror.post(`/jury/cases/${second}`, { intent: "save-draft", ...FULL_SHEET })).status).toBe(302);

    setScoringDeadline(server.databasePath, competitionId, new Date(Date.now() - 60_000));
    try {
      expect((await juror.post(`/jury/cases/${second}`, { intent: "finalise", ...FULL_SHEET })).status).toBe(403);
    } finally {
      setScoringDeadline(server.databasePath, competitionId, new Date(Date.now() + 30 * 86_400_000));
    }
  });
});

describe("the chair's jury overview", () => {
  it("shows progress per juror and per case, and reminds only the jurors who are behind", async () => {
    const overview = await chair.get(`/chair/jury?competition=${competitionId}`);
    expect(overview.status).toBe(200);
    const html = await overview.text();
    expect(html.match(/data-testid="juror-progress"/g)).toHaveLength(4);
    expect(html.match(/data-testid="case-progress"/g)).toHaveLength(4);

    const finisher = await asJuror(3);
    for (const caseId of casesOf(3).mine) {
      await finisher.post(`/jury/cases/${caseId}`, { intent: "no-conflict" });
      expect((await finisher.post(`/jury/cases/${caseId}`, { intent: "finalise", ...FULL_SHEET })).status).toBe(302);
    }
    const updated = await pageText(await chair.get(`/chair/jury?competition=${competitionId}`));
    expect(updated).toMatch(/Didrik Eng 3 3 0 Ferdig/);
    expect(updated).toMatch(/Bjørn Berg 3 1 0 Henger etter/);

    const mailsBefore = server.output().split("Påminnelse").length;
    const reminded = await remindJurors(chair, competitionId, "main");
    expect(reminded.status).toBe(302);
    expect(reminded.headers.get("location")).toMatch(/outcome=reminded&count=3&failed=0/);
    expect(server.output().split("Påminnelse").length - mailsBefore).toBe(3);
    expect(server.output()).not.toMatch(new RegExp(`Mail to ${jurors[3]!.email} \\(“Påminnelse`));
    expect(auditActions(server.databasePath, "competition", competitionId)).toContain("reminder.sent");
  });

  it("lets the chair take a juror off a case and put another on by hand", async () => {
    const caseId = caseIds[3]!;
    const [assignment] = query<{ id: number; juror_id: string }>(
      "SELECT a.id, a.juror_id FROM assignments a LEFT JOIN score_sheets s ON s.assignment_id = a.id WHERE a.case_id = ? AND s.id IS NULL",
      caseId,
    );
    expect(
      (await chair.post(`/chair/cases/${caseId}`, { intent: "unassign", assignmentId: String(assignment!.id) })).status,
    ).toBe(302);
    expect(assignmentsOf(caseId)).not.toContain(assignment!.juror_id);
    const assigned = await chair.post(`/chair/cases/${caseId}`, { intent: "assign", jurorId: assignment!.juror_id });
    expect(assigned.status).toBe(302);
    expect(assignmentsOf(caseId)).toContain(assignment!.juror_id);
    expect(auditActions(server.databasePath, "case", caseId)).toEqual(
      expect.arrayContaining(["assignment.removed", "assignment.created"]),
    );
  });
});

describe("chair pages refuse other roles", () => {
  it("answers 403 to an entrant and a juror on every jury page and action of the chair", async () => {
    const clients = [
      await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" })),
      await asJuror(3),
    ];
    for (const client of clients) {
      expect((await client.get("/chair/jury")).status).toBe(403);
      expect((await client.get(`/chair/cases/${caseIds[1]}`)).status).toBe(403);
      expect((await client.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
        403,
      );
      expect(
        (await client.post(`/chair/cases/${caseIds[1]}`, { intent: "assign", jurorId: jurors[3]!.id })).status,
      ).toBe(403);
    }
    expect(query("SELECT scoring_locked_at FROM competitions WHERE scoring_locked_at IS NOT NULL")).toHaveLength(0);
  });

  it("does not let a juror score a case through another juror's assignment", async () => {
    const intruder = await asJuror(3);
    const notMine = casesOf(3).others[0]!;
    const owner = jurors.find((juror) => assignmentsOf(notMine).includes(juror.id))!;
    expect(owner.id).not.toBe(jurors[3]!.id);
    expect(
      (await intruder.post(`/jury/cases/${notMine}`, { intent: "finalise", ...FULL_SHEET, jurorId: owner.id })).status,
    ).toBe(404);
  });
});

describe("changes after the first answer", () => {
  it("lets a juror declare a conflict found later while the sheet is a draft, but not once it is final", async () => {
    const juror = await asJuror(1);
    const finalised = query<{ case_id: number }>(
      "SELECT a.case_id FROM assignments a JOIN score_sheets s ON s.assignment_id = a.id WHERE a.juror_id = ? AND s.status = 'final' AND s.round = 'main'",
      jurors[1]!.id,
    )[0]!.case_id;
    const refused = await juror.post(`/jury/cases/${finalised}`, {
      intent: "declare-conflict",
      reason: "Jeg oppdaget at jeg kjenner daglig leder.",
    });
    expect(refused.status).toBe(409);

    const draft = query<{ case_id: number }>(
      "SELECT a.case_id FROM assignments a JOIN score_sheets s ON s.assignment_id = a.id WHERE a.juror_id = ? AND s.status = 'draft' AND a.conflict_status = 'none'",
      jurors[1]!.id,
    )[0]!.case_id;
    const page = await pageText(await juror.get(`/jury/cases/${draft}`));
    expect(page).toContain("Oppdaget du en interessekonflikt?");
    const declared = await juror.post(`/jury/cases/${draft}`, {
      intent: "declare-conflict",
      reason: "Jeg oppdaget at jeg kjenner daglig leder.",
    });
    expect(declared.status).toBe(302);
    expect((await juror.get(`/jury/cases/${draft}`)).status).toBe(404);
    expect(auditActions(server.databasePath, "case", draft)).toContain("conflict.declared");
  });

  // Changed on purpose (issue 14): reopening no longer takes the case back; its submitted version competes.
  it("keeps a case on the jurors' lists while its entrant has reopened it before the deadline", async () => {
    const caseId = caseIds[3]!;
    const [{ organisation_id: organisationId }] = query<{ organisation_id: number }>(
      "SELECT organisation_id FROM cases WHERE id = ?",
      caseId,
    ) as [{ organisation_id: number }];
    const entrant = await loggedIn(
      server.baseUrl,
      await createUser(server.databasePath, { role: "entrant", organisationId }),
    );
    const [assigned] = query<{ juror_id: string; conflict_status: string }>(
      "SELECT juror_id, conflict_status FROM assignments WHERE case_id = ? AND conflict_status != 'declared' ORDER BY id",
      caseId,
    );
    const juror = await asJuror(jurors.findIndex((item) => item.id === assigned!.juror_id));
    if (assigned!.conflict_status === "unconfirmed")
      expect((await juror.post(`/jury/cases/${caseId}`, { intent: "no-conflict" })).status).toBe(302);
    expect((await juror.get(`/jury/cases/${caseId}`)).status).toBe(200);

    expect((await entrant.post(`/entrant/cases/${caseId}`, { intent: "reopen" })).status).toBe(302);
    expect((await juror.get(`/jury/cases/${caseId}`)).status).toBe(200);
    expect(await (await juror.get("/jury")).text()).toContain(`/jury/cases/${caseId}"`);
  });
});
