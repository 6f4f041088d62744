import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignConfirmed,
  auditActions,
  createOpenCompetition,
  createUser,
  setSubmissionDeadline,
  sqlRows,
  sqlRun,
} from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let categoryIds: [number, number];

const FIRST = {
  title: "Svar innen én time",
  summary: "Vi lover svar på alle henvendelser innen én time i åpningstiden.",
  servicePromise: "Kundene får svar innen én time, ellers er neste måned gratis.",
  anchoring: "Alle i kundesenteret lærer løftet første dag.",
  realisation: "Vi måler svartid hver dag og deler den med alle.",
};
const WORKING_COPY = "Kundene får svar innen ti minutter, ellers er neste måned gratis.";

const query = <T>(sql: string, ...params: unknown[]) => sqlRows<T>(server.databasePath, sql, ...params);
const statusOf = (caseId: number) =>
  query<{ status: string; reopened: number }>(
    "SELECT status, reopened_at IS NOT NULL AS reopened FROM cases WHERE id = ?",
    caseId,
  )[0];

async function newCompany(name = "Entrant Ener") {
  const user = await createUser(server.databasePath, { role: "entrant", name });
  const client = await loggedIn(server.baseUrl, user);
  const [{ organisation_id: organisationId, org_name: orgName }] = query<{ organisation_id: number; org_name: string }>(
    "SELECT u.organisation_id, o.name AS org_name FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ?",
    user.id,
  ) as [{ organisation_id: number; org_name: string }];
  return { client, organisationId, orgName };
}

async function newCase(client: HttpClient, title: string) {
  const response = await client.post("/entrant/cases/new", { categoryId: String(categoryIds[0]), title });
  expect(response.status).toBe(302);
  const path = response.headers.get("location")!;
  return { path, id: Number(path.split("/").pop()) };
}

async function versionOf(client: HttpClient, path: string): Promise<string> {
  const html = await (await client.get(path)).text();
  return /name="version" value="(\d+)"/.exec(html)![1]!;
}

async function post(client: HttpClient, path: string, intent: string, texts: Partial<typeof FIRST>) {
  return client.postMultipart(path, {
    intent,
    version: await versionOf(client, path),
    categoryId: String(categoryIds[0]),
    ...FIRST,
    ...texts,
  });
}

async function newJuror() {
  const user = await createUser(server.databasePath, { role: "juror", name: "Juror Jensen" });
  return { id: user.id, client: await loggedIn(server.baseUrl, user) };
}

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  ({ competitionId, categoryIds } = createOpenCompetition(server.databasePath));
});

afterAll(async () => {
  await server?.stop();
});

describe("a reopened case keeps competing with its submitted version", () => {
  it("a juror still lists and opens a reopened case and sees the submitted text", async () => {
    const { client: entrant, orgName } = await newCompany("Siri Sender");
    const { path, id } = await newCase(entrant, FIRST.title);
    expect((await post(entrant, path, "submit", {})).status).toBe(302);
    const juror = await newJuror();
    assignConfirmed(server.databasePath, id, juror.id);
    expect((await juror.client.post(`/jury/cases/${id}`, { intent: "save-draft", scorePromise: "7" })).status).toBe(
      302,
    );

    const rankingRow = () =>
      query<{ updated_at: number }>("SELECT updated_at FROM ranking_entries WHERE case_id = ?", id);
    const ranked = rankingRow();
    expect(ranked).toHaveLength(1);

    // Reopen, then change the working copy the way the editor's autosave does.
    expect((await entrant.post(path, { intent: "reopen" })).status).toBe(302);
    expect(statusOf(id)).toEqual({ status: "submitted", reopened: 1 });
    const autosave = await entrant.postMultipart(`${path}/autosave`, {
      version: await versionOf(entrant, path),
      categoryId: String(categoryIds[0]),
      ...FIRST,
      servicePromise: WORKING_COPY,
    });
    expect(autosave.status).toBe(200);
    const editor = await pageText(await entrant.get(path));
    expect(editor).toContain(WORKING_COPY);
    expect(editor).toContain("Du endrer en arbeidskopi. Versjon 1, sendt inn");
    expect(await pageText(await entrant.get("/entrant"))).toContain(
      "Sendt inn – endringer ikke sendt inn ennå: send inn på nytt før",
    );

    // The jury and the chair still read version 1.
    expect(await (await juror.client.get("/jury")).text()).toContain(`/jury/cases/${id}"`);
    const sheet = await pageText(await juror.client.get(`/jury/cases/${id}`));
    expect(sheet).toContain(FIRST.servicePromise);
    expect(sheet).not.toContain(WORKING_COPY);
    expect(sheet).not.toContain("Saken er endret siden du vurderte den");
    const chairPage = await pageText(await chair.get(`/chair/cases/${id}`));
    expect(chairPage).toContain(FIRST.servicePromise);
    expect(chairPage).not.toContain(WORKING_COPY);
    expect(chairPage).toContain(
      "Bedriften har åpnet saken for endringer (ikke sendt inn ennå). Juryen leser versjon 1.",
    );
    const chairList = await pageText(await chair.get(`/chair/cases?q=${id}`));
    expect(chairList).toContain(FIRST.title);
    expect(chairList).toContain("åpnet for endringer");

    // Submitting again makes version 2 the one that competes; the juror is told and can see the change.
    const resubmit = await post(entrant, path, "submit", { servicePromise: WORKING_COPY });
    expect(resubmit.status).toBe(302);
    expect(statusOf(id)).toEqual({ status: "submitted", reopened: 0 });
    // Text is not scored: neither the reopen nor the new version touched the case's ranking row.
    expect(rankingRow()).toEqual(ranked);
    expect(await pageText(await entrant.get("/entrant"))).toMatch(
      /Sendt inn \d{1,2}\. \w+ \d{4} kl\. \d{2}:\d{2} \(versjon 2\)/,
    );
    const changed = await pageText(await juror.client.get(`/jury/cases/${id}`));
    expect(changed).toContain(WORKING_COPY);
    expect(changed).toContain("Saken er endret siden du vurderte den: du vurderte versjon 1, nå gjelder versjon 2.");
    expect(await pageText(await juror.client.get("/jury"))).toContain("Endret siden du vurderte");
    const diff = await (await juror.client.get(`/jury/cases/${id}?from=1&to=2`)).text();
    expect(diff).toContain("Endringer fra versjon 1 til versjon 2");
    expect(diff).toMatch(/<del[^>]*><span class="sr-only">Fjernet: <\/span>én<\/del>/);
    expect(diff).toMatch(/<ins[^>]*><span class="sr-only">Lagt til: <\/span>ti<\/ins>/);

    // Saving the sheet again records that the juror has now seen version 2.
    expect((await juror.client.post(`/jury/cases/${id}`, { intent: "save-draft", scorePromise: "8" })).status).toBe(
      302,
    );
    expect(await pageText(await juror.client.get(`/jury/cases/${id}`))).not.toContain("Saken er endret siden");

    // The company and the chair see both versions, who sent them and the same diff.
    for (const client of [entrant, chair]) {
      const base = client === entrant ? path : `/chair/cases/${id}`;
      const history = await (await client.get(`${base}?from=1&to=2`)).text();
      expect(history).toContain("Versjoner");
      expect(history).toContain("Siri Sender");
      expect(history).toMatch(/<del[^>]*><span class="sr-only">Fjernet: <\/span>én<\/del>/);
    }

    // Under blind judging the juror's history names neither the company nor who submitted.
    sqlRun(server.databasePath, "UPDATE competitions SET is_blind_judging = 1 WHERE id = ?", competitionId);
    try {
      const blind = await pageText(await juror.client.get(`/jury/cases/${id}?from=1&to=2`));
      expect(blind).toContain("Versjoner");
      expect(blind).toContain("Endringer fra versjon 1 til versjon 2");
      expect(blind).not.toContain(orgName);
      expect(blind).not.toContain("Siri Sender");
    } finally {
      sqlRun(server.databasePath, "UPDATE competitions SET is_blind_judging = 0 WHERE id = ?", competitionId);
    }

    expect(auditActions(server.databasePath, "case", id)).toEqual([
      "case.created",
      "case.submitted",
      "case.reopened",
      "case.submitted",
    ]);
    const [submitted] = query<{ details: string }>(
      "SELECT details FROM audit_log WHERE subject_id = ? AND action = 'case.submitted' ORDER BY id DESC LIMIT 1",
      String(id),
    );
    expect(JSON.parse(submitted!.details)).toMatchObject({ submittedVersion: 2 });
  });

  it("keeps the category of a submitted case while it is reopened", async () => {
    const { client } = await newCompany();
    const { path, id } = await newCase(client, "Fast kategori");
    expect((await post(client, path, "submit", {})).status).toBe(302);
    expect((await client.post(path, { intent: "reopen" })).status).toBe(302);
    const moved = await client.postMultipart(path, {
      intent: "save-draft",
      version: await versionOf(client, path),
      categoryId: String(categoryIds[1]),
      ...FIRST,
    });
    expect(moved.status).toBe(403);
    expect(await pageText(moved)).toContain("Kategorien kan ikke endres mens saken er sendt inn.");
    expect(query<{ category_id: number }>("SELECT category_id FROM cases WHERE id = ?", id)).toEqual([
      { category_id: categoryIds[0] },
    ]);
  });
});

describe("withdraw and restore, confirmed first", () => {
  it("changes nothing without the confirmation, withdraws with it and restores the submitted version", async () => {
    const { client } = await newCompany();
    const { path, id } = await newCase(client, FIRST.title);
    expect((await post(client, path, "submit", {})).status).toBe(302);
    const juror = await newJuror();
    assignConfirmed(server.databasePath, id, juror.id);

    const unconfirmed = await client.post(path, { intent: "withdraw" });
    expect(unconfirmed.status).toBe(302);
    expect(unconfirmed.headers.get("location")).toBe(`${path}?confirm=withdraw`);
    expect(statusOf(id)).toEqual({ status: "submitted", reopened: 0 });
    expect(await (await juror.client.get("/jury")).text()).toContain(`/jury/cases/${id}"`);

    const panel = await pageText(await client.get(`${path}?confirm=withdraw`));
    expect(panel).toContain("Trekke saken fra konkurransen?");
    expect(panel).toContain("Juryen ser ikke lenger saken, og den tas ut av rangeringen.");
    expect(panel).toContain("Ja, trekk saken");

    expect((await client.post(path, { intent: "withdraw", confirmed: "true" })).status).toBe(302);
    expect(statusOf(id)).toEqual({ status: "withdrawn", reopened: 0 });
    expect(await (await juror.client.get("/jury")).text()).not.toContain(`/jury/cases/${id}"`);
    expect((await juror.client.get(`/jury/cases/${id}`)).status).toBe(404);
    expect(await pageText(await client.get("/entrant"))).toContain("Trukket");

    const restorePanel = await pageText(await client.get(`${path}?confirm=restore`));
    expect(restorePanel).toContain("Angre tilbaketrekkingen?");
    expect(restorePanel).toMatch(/Versjon 1, sendt inn .+, blir med i konkurransen igjen som innsendt\./);
    expect((await client.post(path, { intent: "restore" })).status).toBe(302);
    expect(statusOf(id)).toEqual({ status: "withdrawn", reopened: 0 });
    expect((await client.post(path, { intent: "restore", confirmed: "true" })).status).toBe(302);
    expect(statusOf(id)).toEqual({ status: "submitted", reopened: 0 });
    expect((await juror.client.get(`/jury/cases/${id}`)).status).toBe(200);
    expect(auditActions(server.databasePath, "case", id)).toEqual([
      "case.created",
      "case.submitted",
      "case.withdrawn",
      "case.restored",
    ]);
  });

  it("restores a case withdrawn while reopened as submitted, its unsent changes kept as a working copy", async () => {
    const { client } = await newCompany();
    const { path, id } = await newCase(client, FIRST.title);
    expect((await post(client, path, "submit", {})).status).toBe(302);
    expect((await client.post(path, { intent: "reopen" })).status).toBe(302);
    expect((await post(client, path, "save-draft", { servicePromise: WORKING_COPY })).status).toBe(302);
    expect((await client.post(path, { intent: "withdraw", confirmed: "true" })).status).toBe(302);
    expect(await pageText(await client.get(`${path}?confirm=restore`))).toContain(
      "Endringer du gjorde etter versjon 1 beholdes som en arbeidskopi som ikke er sendt inn.",
    );
    expect((await client.post(path, { intent: "restore", confirmed: "true" })).status).toBe(302);
    expect(statusOf(id)).toEqual({ status: "submitted", reopened: 1 });
    expect(await pageText(await client.get(path))).toContain(WORKING_COPY);
  });

  it("restores a case never submitted as a draft, and says so first", async () => {
    const { client } = await newCompany();
    const { path, id } = await newCase(client, "Aldri sendt");
    expect(await pageText(await client.get("/entrant"))).toContain("Utkast – ikke sendt inn");
    expect((await client.post(path, { intent: "withdraw", confirmed: "true" })).status).toBe(302);
    expect(await pageText(await client.get(`${path}?confirm=restore`))).toContain(
      "Saken ble aldri sendt inn, så den blir et utkast igjen.",
    );
    expect((await client.post(path, { intent: "restore", confirmed: "true" })).status).toBe(302);
    expect(statusOf(id)).toEqual({ status: "draft", reopened: 0 });
  });
});

describe("refused", () => {
  it("shows another company's case, versions and confirmations to no one else", async () => {
    const { client: owner } = await newCompany();
    const { path } = await newCase(owner, "Hemmelig versjon");
    expect((await post(owner, path, "submit", { title: "Hemmelig versjon" })).status).toBe(302);
    const { client: other } = await newCompany();
    for (const response of [
      await other.get(`${path}?from=1&to=1`),
      await other.get(`${path}?confirm=withdraw`),
      await other.post(path, { intent: "withdraw" }),
      await other.post(path, { intent: "withdraw", confirmed: "true" }),
      await other.post(path, { intent: "reopen" }),
    ]) {
      expect(response.status).toBe(404);
      expect(await pageText(response)).not.toContain("Hemmelig versjon");
    }
  });

  it("after the deadline refuses every change with a message, and the submitted version competes", async () => {
    const { client } = await newCompany();
    const { path, id } = await newCase(client, FIRST.title);
    expect((await post(client, path, "submit", {})).status).toBe(302);
    expect((await client.post(path, { intent: "reopen" })).status).toBe(302);
    expect((await post(client, path, "save-draft", { servicePromise: WORKING_COPY })).status).toBe(302);
    const version = await versionOf(client, path);
    setSubmissionDeadline(server.databasePath, competitionId, new Date(Date.now() - 60_000));
    try {
      const late = await client.postMultipart(path, {
        intent: "submit",
        version,
        categoryId: String(categoryIds[0]),
        ...FIRST,
        servicePromise: WORKING_COPY,
      });
      expect(late.status).toBe(403);
      expect(await pageText(late)).toContain("Fristen for innsending har gått ut.");
      for (const intent of ["withdraw", "restore"]) {
        const refused = await client.post(path, { intent, confirmed: "true" });
        expect(refused.status).toBe(403);
        expect(await pageText(refused)).toContain("Fristen for innsending har gått ut.");
      }
      expect((await client.post(path, { intent: "withdraw" })).status).toBe(403);
      expect(statusOf(id)).toEqual({ status: "submitted", reopened: 1 });
      const page = await pageText(await client.get(path));
      expect(page).toMatch(
        /Versjon 1, sendt inn .+, er med i konkurransen\. Endringene du gjorde etter det ble ikke sendt inn\./,
      );
      expect(await pageText(await client.get("/entrant"))).toContain(
        "Endringene etter det ble ikke sendt inn før fristen og teller ikke.",
      );
      expect(await pageText(await chair.get(`/chair/cases/${id}`))).toContain(FIRST.servicePromise);
    } finally {
      setSubmissionDeadline(server.databasePath, competitionId, new Date(Date.now() + 14 * 86_400_000));
    }
  });
});
