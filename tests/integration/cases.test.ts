import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditActions,
  createOpenCompetition,
  createUser,
  SAMPLE_FILES,
  setSubmissionDeadline,
} from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let competitionId: number;
let categoryIds: [number, number];

const COMPLETE_TEXTS = {
  title: "Svar innen én time – ellers er neste måned gratis",
  summary: "Vi lover svar på alle henvendelser innen én time i åpningstiden.",
  servicePromise: "Kundene får svar innen én time, ellers er neste måned gratis.",
  anchoring: "Alle i kundesenteret lærer løftet første dag. Grensen er åpningstiden, og den står i løftet.",
  realisation: "Vi måler svartid hver dag og deler den med alle. NPS har økt fra 31 til 52 på to år.",
};

async function signedIn(role: "entrant" | "juror" | "chair", organisationId?: number) {
  const user = await createUser(server.databasePath, { role, organisationId });
  return { client: await loggedIn(server.baseUrl, user), user };
}

async function newCase(client: HttpClient, title = "Utkast") {
  const response = await client.post("/entrant/cases/new", { categoryId: String(categoryIds[0]), title });
  expect(response.status).toBe(302);
  const location = response.headers.get("location")!;
  expect(location).toMatch(/^\/entrant\/cases\/\d+$/);
  return { path: location, id: Number(location.split("/").pop()) };
}

/** The version the edit page was rendered with, as the browser would post it back. */
async function currentVersion(client: HttpClient, path: string): Promise<string> {
  const html = await (await client.get(path)).text();
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  expect(version).toBeDefined();
  return version!;
}

async function save(
  client: HttpClient,
  path: string,
  intent: string,
  texts: Partial<typeof COMPLETE_TEXTS>,
  version?: string,
) {
  return client.postMultipart(path, {
    intent,
    version: version ?? (await currentVersion(client, path)),
    categoryId: String(categoryIds[0]),
    ...texts,
  });
}

beforeAll(async () => {
  server = await startTestServer();
  ({ competitionId, categoryIds } = createOpenCompetition(server.databasePath));
});

afterAll(async () => {
  await server?.stop();
});

describe("writing and submitting a case", () => {
  it("saves a half-written draft and shows it again on the next visit", async () => {
    const { client } = await signedIn("entrant");
    const { path } = await newCase(client, "Første utkast");
    const saved = await save(client, path, "save-draft", {
      title: "Første utkast",
      servicePromise: "Vi lover å svare raskt",
    });
    expect(saved.status).toBe(302);
    const html = await (await client.get(path)).text();
    expect(html).toContain("Vi lover å svare raskt");
    expect(html).toContain('name="version" value="2"');
    const dashboard = await pageText(await client.get("/entrant"));
    expect(dashboard).toContain("Første utkast");
    expect(dashboard).toContain("Utkast");
  });

  it("refuses to submit an incomplete case, marks every missing field and keeps the text", async () => {
    const { client } = await signedIn("entrant");
    const { path } = await newCase(client);
    const response = await save(client, path, "submit", { title: "Bare en tittel", summary: "" });
    expect(response.status).toBe(400);
    // Issue 14: each message under its field and again in the error summary at the top.
    expect((await pageText(response.clone())).match(/Fyll ut feltet før du sender inn saken\./g)?.length).toBe(8);
    expect(await response.text()).toContain('value="Bare en tittel"');
  });

  it("keeps text over the limit in a draft, flagged at the field; only submitting refuses it", async () => {
    const { client } = await signedIn("entrant");
    const { path } = await newCase(client);
    const response = await save(client, path, "save-draft", { title: "x".repeat(151), summary: "Kort og godt" });
    expect(response.status).toBe(302);
    const text = await pageText(await client.get(path));
    expect(text).toContain("151 av 150 tegn – 1 for mye");
    expect(text).toContain("Lagret, men saken kan ikke sendes inn før teksten er kortet ned.");
    expect(text).toContain("Kort og godt");
    const submitted = await save(client, path, "submit", { ...COMPLETE_TEXTS, title: "x".repeat(151) });
    expect(submitted.status).toBe(400);
    expect(await pageText(submitted)).toContain("Teksten er for lang.");
  });

  it("submits a complete case, shows a receipt with reference and time, and refuses a second submit", async () => {
    const { client } = await signedIn("entrant");
    const { path, id } = await newCase(client);
    const version = await currentVersion(client, path);
    const submitted = await save(client, path, "submit", COMPLETE_TEXTS, version);
    expect(submitted.status).toBe(302);
    expect(submitted.headers.get("location")).toBe(`${path}/receipt`);
    const receipt = await pageText(await client.get(`${path}/receipt`));
    expect(receipt).toContain("Takk! Saken er sendt inn.");
    expect(receipt).toContain(`KSA-${new Date().getFullYear()}-${String(id).padStart(4, "0")}`);
    expect(receipt).toMatch(/Sendt inn \d{1,2}\. \w+ \d{4} kl\. \d{2}:\d{2}/);

    // The same form posted again (a double click, or a second tab).
    const again = await save(client, path, "submit", COMPLETE_TEXTS, version);
    expect(again.status).toBe(403);
    expect(auditActions(server.databasePath, "case", id)).toEqual(["case.created", "case.submitted"]);
  });

  it("lets the entrant reopen, resubmit, withdraw and restore before the deadline, all in the audit log", async () => {
    const { client } = await signedIn("entrant");
    const { path, id } = await newCase(client);
    expect((await save(client, path, "submit", COMPLETE_TEXTS)).status).toBe(302);
    expect((await client.post(path, { intent: "reopen" })).status).toBe(302);
    expect(await pageText(await client.get(path))).toContain("Send inn saken");
    expect((await save(client, path, "submit", { ...COMPLETE_TEXTS, summary: "Ny og bedre" })).status).toBe(302);
    // Withdraw and restore are confirmed first (issue 14): the panel posts `confirmed`.
    expect((await client.post(path, { intent: "withdraw", confirmed: "true" })).status).toBe(302);
    expect(await pageText(await client.get(path))).toContain("Saken er trukket fra konkurransen.");
    expect((await client.get(`${path}/receipt`)).status).toBe(404);
    expect((await client.post(path, { intent: "restore", confirmed: "true" })).status).toBe(302);
    expect(auditActions(server.databasePath, "case", id)).toEqual([
      "case.created",
      "case.submitted",
      "case.reopened",
      "case.submitted",
      "case.withdrawn",
      "case.restored",
    ]);
  });
});

describe("two people of one company editing the same case", () => {
  it("refuses the second save of a stale version, keeps both texts and overwrites nothing", async () => {
    const { client: first, user } = await signedIn("entrant");
    const { path } = await newCase(first);
    const colleague = await createColleague(user.email);
    const staleVersion = await currentVersion(first, path);

    expect(
      (await save(colleague, path, "save-draft", { servicePromise: "Kollegaens tekst" }, staleVersion)).status,
    ).toBe(302);
    const refused = await save(first, path, "save-draft", { servicePromise: "Min tekst" }, staleVersion);
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain("En annen person i bedriften lagret saken mens du skrev.");
    expect(html).toContain("Min tekst");
    expect(html).toContain("Kollegaens tekst");

    const stored = await (await first.get(path)).text();
    expect(stored).toContain("Kollegaens tekst");
    expect(stored).not.toContain("Min tekst");

    // Having seen both, the first person may knowingly keep theirs.
    const theirVersion = /name="overwriteVersion" value="(\d+)"/.exec(html)?.[1];
    const overwrite = await first.postMultipart(path, {
      intent: "overwrite",
      version: staleVersion,
      overwriteVersion: theirVersion!,
      categoryId: String(categoryIds[0]),
      servicePromise: "Min tekst",
    });
    expect(overwrite.status).toBe(302);
    expect(await (await first.get(path)).text()).toContain("Min tekst");
  });
});

describe("attachments", () => {
  it("accepts a real PDF, lists it, and lets only the company and the chair download it", async () => {
    const { client } = await signedIn("entrant");
    const { path, id } = await newCase(client);
    const uploaded = await client.postMultipart(
      path,
      {
        intent: "upload",
        version: await currentVersion(client, path),
        categoryId: String(categoryIds[0]),
        title: "Med vedlegg",
      },
      { field: "file", name: "Kundeundersøkelse 2026.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf },
    );
    expect(uploaded.status).toBe(302);
    const html = await (await client.get(path)).text();
    expect(html).toContain("Kundeundersøkelse 2026.pdf");
    expect(html).toContain("Med vedlegg"); // the text typed next to the upload was saved too
    const href = new RegExp(`/cases/${id}/attachments/(\\d+)`).exec(html)?.[0];
    expect(href).toBeDefined();

    const download = await client.get(href!);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(SAMPLE_FILES.pdf);

    const { client: chair } = await signedIn("chair");
    expect((await chair.get(href!)).status).toBe(200);
    const { client: otherEntrant } = await signedIn("entrant");
    expect((await otherEntrant.get(href!)).status).toBe(404);
    const { client: juror } = await signedIn("juror");
    expect((await juror.get(href!)).status).toBe(404);
  });

  it("refuses a fake PDF, an 11 MB file and a sixth file with clear messages", async () => {
    const { client } = await signedIn("entrant");
    const { path } = await newCase(client);
    const upload = async (name: string, type: string, bytes: Uint8Array) =>
      client.postMultipart(
        path,
        { intent: "upload", version: await currentVersion(client, path), categoryId: String(categoryIds[0]) },
        { field: "file", name, type, bytes },
      );

    const fake = await upload("rapport.pdf", "application/pdf", new TextEncoder().encode("dette er bare tekst"));
    expect(fake.status).toBe(400);
    expect(await pageText(fake)).toContain("Filen er ikke en PDF, PNG eller JPEG.");

    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set(SAMPLE_FILES.pdf);
    const tooLarge = await upload("stor.pdf", "application/pdf", huge);
    expect(tooLarge.status).toBe(400);
    expect(await pageText(tooLarge)).toContain("Filen er større enn 10 MB.");

    for (const [index, bytes] of [
      SAMPLE_FILES.pdf,
      SAMPLE_FILES.png,
      SAMPLE_FILES.jpeg,
      SAMPLE_FILES.pdf,
      SAMPLE_FILES.png,
    ].entries()) {
      expect((await upload(`vedlegg-${index}.bin`, "application/octet-stream", bytes)).status).toBe(302);
    }
    const sixth = await upload("sjette.pdf", "application/pdf", SAMPLE_FILES.pdf);
    expect(sixth.status).toBe(400);
    expect(await pageText(sixth)).toContain("Saken har allerede 5 vedlegg.");
    const listed = await (await client.get(path)).text();
    expect(listed).toContain("vedlegg-1.png"); // named by what the content is, not what it claimed
    expect(listed).toContain("vedlegg-2.jpg");
  });
});

describe("another company's case", () => {
  it("answers 404 for its page, receipt, edits and status changes", async () => {
    const { client: owner } = await signedIn("entrant");
    const { path } = await newCase(owner, "Hemmelig sak");
    expect((await save(owner, path, "submit", COMPLETE_TEXTS)).status).toBe(302);
    const { client: other } = await signedIn("entrant");
    for (const response of [
      await other.get(path),
      await other.get(`${path}/receipt`),
      await other.postMultipart(path, {
        intent: "save-draft",
        version: "3",
        categoryId: String(categoryIds[0]),
        title: "Kapret",
      }),
      await other.post(path, { intent: "withdraw" }),
    ]) {
      expect(response.status).toBe(404);
      expect(await pageText(response)).not.toContain("Hemmelig sak");
    }
    expect(await pageText(await owner.get(path))).toContain("Saken er sendt inn");
  });

  it("is hidden from jurors, and entrants cannot reach the chair's case pages", async () => {
    const { client: owner } = await signedIn("entrant");
    const { path, id } = await newCase(owner);
    const { client: juror } = await signedIn("juror");
    expect((await juror.get(path)).status).toBe(403);
    expect((await owner.get(`/chair/cases/${id}`)).status).toBe(403);
    expect((await owner.post(`/chair/cases/${id}`, { reason: "Jeg prøver" })).status).toBe(403);
    expect((await owner.get("/chair/cases")).status).toBe(403);
  });

  it("answers 404 for a case id that is not a number or does not exist", async () => {
    const { client } = await signedIn("entrant");
    expect((await client.get("/entrant/cases/abc")).status).toBe(404);
    expect((await client.get("/entrant/cases/999999")).status).toBe(404);
  });
});

describe("the chair", () => {
  it("lists the cases with counts, filters them, and disqualifies one only with a reason", async () => {
    const { client: entrant } = await signedIn("entrant");
    const { path, id } = await newCase(entrant);
    const title = "Saken som diskvalifiseres";
    expect((await save(entrant, path, "submit", { ...COMPLETE_TEXTS, title })).status).toBe(302);
    const { client: chair } = await signedIn("chair");

    const submittedOnly = await pageText(await chair.get(`/chair/cases?competition=${competitionId}&status=submitted`));
    expect(submittedOnly).toContain(title);
    expect(submittedOnly).toMatch(/Sendt inn \(\s*\d+\s*\)/);
    const drafts = await pageText(await chair.get(`/chair/cases?competition=${competitionId}&status=draft`));
    expect(drafts).not.toContain(title);
    const otherCategory = await pageText(
      await chair.get(`/chair/cases?competition=${competitionId}&category=${categoryIds[1]}`),
    );
    expect(otherCategory).toContain("Ingen saker passer filteret.");

    const noReason = await chair.post(`/chair/cases/${id}`, { reason: "  " });
    expect(noReason.status).toBe(400);
    expect(await pageText(noReason)).toContain("Fyll ut feltet.");
    expect((await chair.post(`/chair/cases/${id}`, { reason: "Saken er levert av et konsulentselskap." })).status).toBe(
      302,
    );
    expect(await pageText(await chair.get(`/chair/cases/${id}`))).toContain("Diskvalifisert");
    expect(await pageText(await entrant.get(path))).toContain("Begrunnelse: Saken er levert av et konsulentselskap.");
    expect(auditActions(server.databasePath, "case", id).at(-1)).toBe("case.disqualified");
    expect((await chair.post(`/chair/cases/${id}`, { reason: "En gang til" })).status).toBe(403);
  });
});

describe("after the deadline", () => {
  it("refuses every change on the server, keeps what was typed, and shows the case as locked", async () => {
    const { client } = await signedIn("entrant");
    const { path: draftPath } = await newCase(client, "Rakk det ikke");
    const { path: submittedPath } = await newCase(client);
    expect((await save(client, submittedPath, "submit", COMPLETE_TEXTS)).status).toBe(302);
    const draftVersion = await currentVersion(client, draftPath);

    setSubmissionDeadline(server.databasePath, competitionId, new Date(Date.now() - 60_000));
    try {
      const late = await save(
        client,
        draftPath,
        "save-draft",
        { title: "Rakk det ikke", servicePromise: "Sent skrevet tekst" },
        draftVersion,
      );
      expect(late.status).toBe(403);
      const text = await pageText(late);
      expect(text).toContain("Fristen for innsending har gått ut.");
      expect(text).toContain("Sent skrevet tekst");
      expect((await save(client, draftPath, "submit", COMPLETE_TEXTS, draftVersion)).status).toBe(403);
      expect((await client.post(submittedPath, { intent: "reopen" })).status).toBe(403);
      expect((await client.post(submittedPath, { intent: "withdraw" })).status).toBe(403);
      expect(await pageText(await client.get(draftPath))).toContain("Saken kan ikke lenger endres.");
      const create = await client.post("/entrant/cases/new", { categoryId: String(categoryIds[0]), title: "For sent" });
      expect(create.status).toBe(403);
    } finally {
      setSubmissionDeadline(server.databasePath, competitionId, new Date(Date.now() + 14 * 86_400_000));
    }
  });
});

async function createColleague(email: string): Promise<HttpClient> {
  const { openDatabase } = await import("#db/client.ts");
  const { users } = await import("#db/schema.ts");
  const { eq } = await import("drizzle-orm");
  const db = openDatabase(server.databasePath);
  const organisationId = db
    .select({ organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, email))
    .get()!.organisationId!;
  db.$client.close();
  return (await signedIn("entrant", organisationId)).client;
}
