import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createUser, SAMPLE_FILES, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { rawRequest } from "#tests/support/raw-http.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Every cause of a 500 that issue 12 found, replayed: each must now get a 4xx in the reader's language.

let server: TestServer;
let categoryId: number;
let entrant: HttpClient;
let chair: HttpClient;

beforeAll(async () => {
  server = await startTestServer();
  categoryId = createOpenCompetition(server.databasePath).categoryIds[0];
  entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
});

afterAll(async () => {
  await server?.stop();
});

/**
 * A draft of a new company, whose administrator becomes `entrant` for the rest of the test: one
 * company may hold only MAX_CASES_PER_CATEGORY cases per category, and these tests need more.
 */
async function newCase(): Promise<string> {
  entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
  const response = await entrant.post("/entrant/cases/new", { categoryId: String(categoryId), title: "Utkast" });
  expect(response.status).toBe(302);
  return response.headers.get("location")!;
}

async function currentVersion(path: string): Promise<string> {
  const version = /name="version" value="(\d+)"/.exec(await (await entrant.get(path)).text())?.[1];
  expect(version).toBeDefined();
  return version!;
}

function caseTitle(path: string): string {
  const id = Number(path.split("/").pop());
  return sqlRows<{ title: string }>(server.databasePath, "SELECT title FROM cases WHERE id = ?", id)[0]!.title;
}

function attachmentNames(path: string): string[] {
  const id = Number(path.split("/").pop());
  return sqlRows<{ file_name: string }>(
    server.databasePath,
    "SELECT file_name FROM attachments WHERE case_id = ? ORDER BY id",
    id,
  ).map((row) => row.file_name);
}

/** A post with the entrant's cookie and exactly this body and these headers. */
function rawPost(path: string, headers: Record<string, string>, body: string | Uint8Array, cookie = true) {
  return rawRequest(server.baseUrl, {
    method: "POST",
    path,
    headers: { ...(cookie ? { Cookie: entrant.cookieHeader() } : {}), ...headers },
    body,
  });
}

const visibleText = (html: string) => pageText(new Response(html));

describe("bodies no form can be read from", () => {
  it("answers a JSON or text/plain body on a form with 415 and a short page in the reader's language", async () => {
    const path = await newCase();
    for (const type of ["application/json", "text/plain", "application/xml"]) {
      const json = await rawPost(path, { "Content-Type": type }, JSON.stringify({ intent: "save-draft" }));
      expect(json.status, type).toBe(415);
      expect(await visibleText(json.body)).toContain("Skjemaet kom i et format portalen ikke kan lese");
    }
    const login = await rawPost("/login", { "Content-Type": "application/json", Cookie: "lang=en" }, "{}", false);
    expect(login.status).toBe(415);
    expect(await visibleText(login.body)).toContain("The form arrived in a format the portal cannot read");
  });

  it("answers a body without any Content-Type with 415, and an empty post is still read as an empty form", async () => {
    const untyped = await rawPost("/login", {}, "email=a@b.no", false);
    expect(untyped.status).toBe(415);
    const empty = await rawPost("/login", { "Content-Length": "0" }, "", false);
    expect(empty.status).toBe(400);
  });

  it("answers broken multipart bodies with 400", async () => {
    const path = await newCase();
    const noBoundary = await rawPost(path, { "Content-Type": "multipart/form-data" }, "intent=save-draft");
    expect(noBoundary.status).toBe(400);
    const garbage = await rawPost(
      path,
      { "Content-Type": "multipart/form-data; boundary=XYZ" },
      "not a multipart body",
    );
    expect(garbage.status).toBe(400);
    const truncated = await rawPost(
      path,
      { "Content-Type": "multipart/form-data; boundary=XYZ" },
      '--XYZ\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsave-draft\r\n--XYZ\r\nContent-Disp',
    );
    expect(truncated.status).toBe(400);
    // The same on a form that takes no files at all.
    const login = await rawPost("/login", { "Content-Type": "multipart/form-data; boundary=XYZ" }, "garbage", false);
    expect(login.status).toBe(400);
    expect(await visibleText(login.body)).toContain("Skjemaet kunne ikke leses");
  });

  it("answers a text field over 1 MB with 413, as a plain form and as multipart", async () => {
    const path = await newCase();
    const huge = "a".repeat(1024 * 1024 + 10);
    const plain = await entrant.post(path, { intent: "save-draft", categoryId: String(categoryId), title: huge });
    expect(plain.status).toBe(413);
    expect(await pageText(plain)).toContain("for stort");
    const multipart = await entrant.postMultipart(path, {
      intent: "save-draft",
      version: await currentVersion(path),
      categoryId: String(categoryId),
      title: huge,
    });
    expect(multipart.status).toBe(413);
    const login = await new HttpClient(server.baseUrl).post("/login", { email: huge, password: "x" });
    expect(login.status).toBe(413);
  });

  it("refuses an announced 200 MB body with 413 before reading it", async () => {
    const path = await newCase();
    const started = Date.now();
    const announced = await rawPost(
      path,
      { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(200 * 1024 * 1024) },
      "title=",
    );
    expect(announced.status).toBe(413);
    const multipart = await rawPost(
      path,
      { "Content-Type": "multipart/form-data; boundary=XYZ", "Content-Length": String(200 * 1024 * 1024) },
      "--XYZ\r\n",
    );
    expect(multipart.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a chunked form body without a length with 411", async () => {
    const chunked = await rawPost(
      "/login",
      { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      "email=a",
      false,
    );
    expect(chunked.status).toBe(411);
  });
});

describe("malformed cookies", () => {
  it("ignores a cookie that is not percent-encoded properly, on every page, signed in or not", async () => {
    for (const path of ["/", "/login", "/register", "/results/2020"]) {
      const response = await rawRequest(server.baseUrl, { path, headers: { Cookie: "foo=%ZZ" } });
      expect(response.status, path).not.toBeGreaterThanOrEqual(500);
    }
    const front = await rawRequest(server.baseUrl, { path: "/", headers: { Cookie: "foo=%ZZ; lang=%E0%A4%A" } });
    expect(front.status).toBe(200);
    const signedIn = await rawRequest(server.baseUrl, {
      path: "/entrant",
      headers: { Cookie: `foo=%ZZ; ${entrant.cookieHeader()}; bar=%` },
    });
    expect(signedIn.status).toBe(200);
    const english = await rawRequest(server.baseUrl, { path: "/login", headers: { Cookie: "foo=%ZZ; lang=en" } });
    expect(await visibleText(english.body)).toContain("Log in");
  });
});

describe("attachments with names browsers really send", () => {
  for (const name of ["a=b.pdf", "a;b.pdf", "x'y'.pdf", 'quote"d.pdf']) {
    it(`accepts ${name} and saves the text posted with it`, async () => {
      const path = await newCase();
      const title = `Tekst lagret med ${name}`;
      const uploaded = await entrant.postMultipart(
        path,
        { intent: "upload", version: await currentVersion(path), categoryId: String(categoryId), title },
        { field: "file", name, type: "application/pdf", bytes: SAMPLE_FILES.pdf },
      );
      expect(uploaded.status).toBe(302);
      expect(caseTitle(path)).toBe(title);
      expect(attachmentNames(path)).toHaveLength(1);
    });
  }

  it("cleans a name of bidi and control characters before it is stored or shown", async () => {
    const path = await newCase();
    const uploaded = await entrant.postMultipart(
      path,
      { intent: "upload", version: await currentVersion(path), categoryId: String(categoryId), title: "Bidi" },
      { field: "file", name: "rapport\u202Eexe.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf },
    );
    expect(uploaded.status).toBe(302);
    const [stored] = attachmentNames(path);
    expect(stored).toBe("rapportexe.pdf");
    const html = await (await entrant.get(path)).text();
    expect(html).not.toContain("\u202E");
  });

  it("shows a name stored before names were cleaned without its bidi characters", async () => {
    const path = await newCase();
    await entrant.postMultipart(
      path,
      { intent: "upload", version: await currentVersion(path), categoryId: String(categoryId), title: "Eldre" },
      { field: "file", name: "eldre.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf },
    );
    const caseId = Number(path.split("/").pop());
    sqlRun(
      server.databasePath,
      "UPDATE attachments SET file_name = ? WHERE case_id = ?",
      "rapport\u202Eexe.pdf",
      caseId,
    );
    const html = await (await entrant.get(path)).text();
    expect(html).toContain("rapportexe.pdf");
    expect(html).not.toContain("\u202E");
  });

  it("refuses a second file in one post with 413 and keeps nothing of it", async () => {
    const path = await newCase();
    const body = new FormData();
    body.append("intent", "upload");
    body.append("version", await currentVersion(path));
    body.append("categoryId", String(categoryId));
    for (const name of ["en.pdf", "to.pdf"]) {
      body.append("file", new Blob([new Uint8Array(SAMPLE_FILES.pdf)], { type: "application/pdf" }), name);
    }
    const response = await entrant.send(path, { method: "POST", body, headers: { Origin: server.baseUrl } });
    expect(response.status).toBe(413);
    expect(attachmentNames(path)).toEqual([]);
  });

  it("leaves no temporary files behind after an upload, a refused upload and an oversized one", async () => {
    const path = await newCase();
    const fake = await entrant.postMultipart(
      path,
      { intent: "upload", version: await currentVersion(path), categoryId: String(categoryId) },
      { field: "file", name: "fake.pdf", type: "application/pdf", bytes: new TextEncoder().encode("tekst") },
    );
    expect(fake.status).toBe(400);
    const { readdirSync, existsSync } = await import("node:fs");
    const tmp = `${server.dataDir}/uploads/tmp`;
    expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
  });
});

describe("validation that cannot crash", () => {
  it("answers non-date deadlines on the new-competition form with 400 and field errors", async () => {
    const valid = {
      year: "2031",
      name: "Kundeservice Awards 2031",
      submissionOpensAt: "2031-01-04T09:00",
      submissionDeadlineAt: "2031-01-31T23:59",
      scoringDeadlineAt: "2031-03-01T12:00",
      scaleMin: "1",
      scaleMax: "10",
      minScoreSheets: "3",
      weightPromise: "30",
      weightAnchoring: "30",
      weightRealisation: "40",
    };
    for (const broken of [
      { submissionOpensAt: "ikke en dato" },
      { submissionDeadlineAt: "2031-02-30T10:00" },
      { scoringDeadlineAt: "2031-13-45T99:99" },
    ]) {
      const response = await chair.post("/chair/competitions/new", { ...valid, ...broken });
      expect(response.status, JSON.stringify(broken)).toBe(400);
      expect(await pageText(response)).toContain("Skriv dato og klokkeslett, for eksempel 01.12.2026 23:59.");
    }
  });
});
