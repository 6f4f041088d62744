import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createUser, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let categoryId: number;

const EMPTY = { title: "Utkast", summary: "", servicePromise: "", anchoring: "", realisation: "" };
type Texts = typeof EMPTY;

/** Two approved members of one company, each logged in. */
async function twoColleagues() {
  const first = await createUser(server.databasePath, { role: "entrant", name: "Anna Først" });
  const { organisationId } = sqlRows<{ organisationId: number }>(
    server.databasePath,
    "select organisation_id as organisationId from users where id = ?",
    first.id,
  )[0]!;
  const second = await createUser(server.databasePath, { role: "entrant", name: "Bjørn Andre", organisationId });
  return { a: await loggedIn(server.baseUrl, first), b: await loggedIn(server.baseUrl, second) };
}

async function newCase(client: HttpClient) {
  const response = await client.post("/entrant/cases/new", { categoryId: String(categoryId), title: "Utkast" });
  expect(response.status).toBe(302);
  return Number(response.headers.get("location")!.split("/").pop());
}

/** An autosave as the editor sends it: its text, the version and text it started from. */
function autosave(client: HttpClient, caseId: number, texts: Texts, base: { version: number; texts: Texts }) {
  return client.postMultipart(`/entrant/cases/${caseId}/autosave`, {
    version: String(base.version),
    base: JSON.stringify({ ...base.texts, categoryId }),
    categoryId: String(categoryId),
    ...texts,
  });
}

function stored(caseId: number) {
  return sqlRows<Texts & { version: number }>(
    server.databasePath,
    "select version, title, summary, service_promise as servicePromise, anchoring, realisation from cases where id = ?",
    caseId,
  )[0]!;
}

beforeAll(async () => {
  server = await startTestServer();
  categoryId = createOpenCompetition(server.databasePath).categoryIds[0];
});

afterAll(async () => {
  await server?.stop();
});

describe("two colleagues autosaving the same case", () => {
  it("per-field merge keeps a colleague's edit: both steps saved, the version moves on", async () => {
    const { a, b } = await twoColleagues();
    const caseId = await newCase(a);
    const start = { version: 1, texts: EMPTY };

    const first = await autosave(a, caseId, { ...EMPTY, servicePromise: "Annas løfte" }, start);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ savedVersion: 2, conflict: null });

    // B still edits from version 1 and changed only step 3.
    const second = await autosave(b, caseId, { ...EMPTY, realisation: "Bjørns måling" }, start);
    expect(second.status).toBe(200);
    const answer = (await second.json()) as { savedVersion: number; stored: Texts; conflict: unknown };
    expect(answer.savedVersion).toBe(3);
    expect(answer.conflict).toBeNull();
    expect(answer.stored).toMatchObject({ servicePromise: "Annas løfte", realisation: "Bjørns måling" });
    expect(stored(caseId)).toEqual({
      ...EMPTY,
      servicePromise: "Annas løfte",
      realisation: "Bjørns måling",
      version: 3,
    });
  });

  it("reports only the field both changed as a conflict and saves the other", async () => {
    const { a, b } = await twoColleagues();
    const caseId = await newCase(a);
    const start = { version: 1, texts: EMPTY };
    expect((await autosave(a, caseId, { ...EMPTY, servicePromise: "Annas løfte" }, start)).status).toBe(200);

    const clash = await autosave(
      b,
      caseId,
      { ...EMPTY, servicePromise: "Bjørns løfte", anchoring: "Bjørns forankring" },
      start,
    );
    expect(clash.status).toBe(409);
    const answer = (await clash.json()) as {
      savedVersion: number;
      stored: Texts;
      conflict: { fields: string[]; updatedByName: string };
    };
    expect(answer.conflict.fields).toEqual(["servicePromise"]);
    expect(answer.conflict.updatedByName).toBe("Anna Først");
    expect(answer.savedVersion).toBe(3);
    expect(stored(caseId)).toEqual({
      ...EMPTY,
      servicePromise: "Annas løfte",
      anchoring: "Bjørns forankring",
      version: 3,
    });

    // Choosing "keep mine" makes their text the base of that field: only that choice is saved.
    const kept = await autosave(
      b,
      caseId,
      { ...EMPTY, servicePromise: "Bjørns løfte", anchoring: "Bjørns forankring" },
      { version: 3, texts: { ...EMPTY, servicePromise: "Annas løfte", anchoring: "Bjørns forankring" } },
    );
    expect(kept.status).toBe(200);
    expect(stored(caseId)).toMatchObject({
      servicePromise: "Bjørns løfte",
      anchoring: "Bjørns forankring",
      version: 4,
    });
  });

  it("shows a conflict from the Save button side by side and keeps everything typed, without JavaScript", async () => {
    const { a, b } = await twoColleagues();
    const caseId = await newCase(a);
    const path = `/entrant/cases/${caseId}`;
    const form = (texts: Texts, intent = "save-draft") => ({
      intent,
      version: "1",
      base: JSON.stringify({ ...EMPTY, categoryId }),
      categoryId: String(categoryId),
      ...texts,
    });
    expect((await a.postMultipart(path, form({ ...EMPTY, summary: "Annas sammendrag", anchoring: "A" }))).status).toBe(
      302,
    );
    const refused = await b.postMultipart(path, form({ ...EMPTY, anchoring: "B", realisation: "Bjørns måling" }));
    expect(refused.status).toBe(409);
    const html = await refused.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Feltene bare én av dere endret er slått sammen og lagret.");
    expect(text).toContain("Forankring: begge har endret feltet");
    expect(text).toContain("Lagret av Anna Først");
    // The merged form: Anna's summary is shown, Bjørn's step 3 kept, and both anchoring texts visible.
    expect(html).toContain("Annas sammendrag");
    expect(html).toContain("Bjørns måling");
    expect(stored(caseId)).toMatchObject({ summary: "Annas sammendrag", anchoring: "A", realisation: "Bjørns måling" });
    const version = /name="version" value="(\d+)"/.exec(html)![1]!;
    const base = /name="base" value="([^"]*)"/.exec(html)![1]!.replaceAll("&quot;", '"');
    expect(JSON.parse(base)).toMatchObject({
      summary: "Annas sammendrag",
      anchoring: "",
      realisation: "Bjørns måling",
    });

    // "Save my text in the fields above" replaces the version shown, and only where it differs.
    const overwrite = await b.postMultipart(path, {
      ...form({ ...EMPTY, summary: "Annas sammendrag", anchoring: "B", realisation: "Bjørns måling" }, "overwrite"),
      version,
      overwriteVersion: version,
    });
    expect(overwrite.status).toBe(302);
    expect(stored(caseId)).toMatchObject({ summary: "Annas sammendrag", anchoring: "B", realisation: "Bjørns måling" });
  });
});

describe("submitting over a colleague's newer version", () => {
  it("sends nothing: the merge is saved as a draft and shown, so the submitter checks it first", async () => {
    const { a, b } = await twoColleagues();
    const caseId = await newCase(a);
    const complete = { title: "Tittel", summary: "S", servicePromise: "Løfte", anchoring: "F", realisation: "R" };
    expect((await autosave(a, caseId, complete, { version: 1, texts: EMPTY })).status).toBe(200);
    expect(
      (await autosave(b, caseId, { ...complete, summary: "Bjørns sammendrag" }, { version: 2, texts: complete }))
        .status,
    ).toBe(200);

    const submit = await a.postMultipart(`/entrant/cases/${caseId}`, {
      intent: "submit",
      version: "2",
      base: JSON.stringify({ ...complete, categoryId }),
      categoryId: String(categoryId),
      ...complete,
      realisation: "Annas nye måling",
    });
    expect(submit.status).toBe(409);
    expect(await pageText(submit)).toContain(
      "Endringene deres er slått sammen med dine. Se over teksten og send inn på nytt.",
    );
    expect(stored(caseId)).toMatchObject({ summary: "Bjørns sammendrag", realisation: "Annas nye måling", version: 4 });
    expect(sqlRows(server.databasePath, "select status from cases where id = ?", caseId)).toEqual([
      { status: "draft" },
    ]);
  });
});

describe("text over a field's limit", () => {
  it("an over-limit field does not stop the others saving; submit refuses it, naming the field", async () => {
    const { a } = await twoColleagues();
    const caseId = await newCase(a);
    const path = `/entrant/cases/${caseId}`;
    const long = "x".repeat(151);
    const texts = {
      ...EMPTY,
      title: long,
      summary: "Sammendrag",
      servicePromise: "Løfte",
      anchoring: "F",
      realisation: "G",
    };
    const saved = await autosave(a, caseId, texts, { version: 1, texts: EMPTY });
    expect(saved.status).toBe(200);
    expect(stored(caseId)).toMatchObject({ title: long, summary: "Sammendrag", version: 2 });

    const page = await (await a.get(path)).text();
    expect(await pageText(new Response(page))).toContain("151 av 150 tegn – 1 for mye");
    expect(page).toContain('data-testid="case-title-over"');

    const submit = await a.postMultipart(path, {
      intent: "submit",
      version: "2",
      categoryId: String(categoryId),
      ...texts,
    });
    expect(submit.status).toBe(400);
    const refused = await submit.text();
    expect(refused).toMatch(/id="case-title-error"[^>]*>.*Teksten er for lang\./s);
    expect(stored(caseId)).toMatchObject({ version: 2 });
    expect(sqlRows(server.databasePath, "select status from cases where id = ?", caseId)).toEqual([
      { status: "draft" },
    ]);
  });

  it("refuses a hostile body: a field far over any limit, and one over the server's field cap", async () => {
    const { a } = await twoColleagues();
    const caseId = await newCase(a);
    const farTooLong = await autosave(a, caseId, { ...EMPTY, title: "x".repeat(1501) }, { version: 1, texts: EMPTY });
    expect(farTooLong.status).toBe(400);
    const huge = await autosave(
      a,
      caseId,
      { ...EMPTY, realisation: "x".repeat(1_100_000) },
      { version: 1, texts: EMPTY },
    );
    expect(huge.status).toBe(413);
    const badBase = await a.postMultipart(`/entrant/cases/${caseId}/autosave`, {
      version: "1",
      base: "{not json",
      categoryId: String(categoryId),
      ...EMPTY,
    });
    expect(badBase.status).toBe(400);
    expect(stored(caseId)).toMatchObject({ title: "Utkast", version: 1 });
  });
});

describe("autosave after the session is gone", () => {
  it("answers 401 in JSON and changes nothing; the page itself still sends the visitor to log in", async () => {
    const { a } = await twoColleagues();
    const caseId = await newCase(a);
    sqlRun(server.databasePath, "delete from sessions");
    const response = await autosave(
      a,
      caseId,
      { ...EMPTY, summary: "Skrevet etter utlogging" },
      { version: 1, texts: EMPTY },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ signedOut: true, savedVersion: null });
    expect(stored(caseId)).toMatchObject({ summary: "", version: 1 });

    const page = await a.get(`/entrant/cases/${caseId}`);
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe(`/login?redirectTo=%2Fentrant%2Fcases%2F${caseId}`);
  });

  it("refuses another company's case, a juror and a post from another site", async () => {
    const { a } = await twoColleagues();
    const caseId = await newCase(a);
    const { b: stranger } = await twoColleagues();
    expect((await autosave(stranger, caseId, EMPTY, { version: 1, texts: EMPTY })).status).toBe(404);
    const juror = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "juror" }));
    expect((await autosave(juror, caseId, EMPTY, { version: 1, texts: EMPTY })).status).toBe(403);
    const crossSite = await a.send(`/entrant/cases/${caseId}/autosave`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", categoryId: String(categoryId), ...EMPTY }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    expect(stored(caseId)).toMatchObject({ version: 1 });
  });
});
