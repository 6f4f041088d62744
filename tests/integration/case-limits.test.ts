import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CASES_PER_CATEGORY } from "#app/domain/case-limits.ts";
import {
  createOpenCompetition,
  createUser,
  SAMPLE_FILES,
  sqlRows,
  sqlRun,
  TEST_PASSWORD,
} from "#tests/support/factories.ts";
import { loggedIn, pageText, type HttpClient } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let categoryIds: [number, number];

beforeAll(async () => {
  server = await startTestServer();
  ({ categoryIds } = createOpenCompetition(server.databasePath));
});

afterAll(async () => {
  await server?.stop();
});

/** A company of its own: its administrator, logged in, and the organisation's id. */
async function newCompany(): Promise<{ client: HttpClient; organisationId: number; userId: string }> {
  const user = await createUser(server.databasePath, { role: "entrant" });
  const [row] = sqlRows<{ organisation_id: number }>(
    server.databasePath,
    "SELECT organisation_id FROM users WHERE id = ?",
    user.id,
  );
  return { client: await loggedIn(server.baseUrl, user), organisationId: row!.organisation_id, userId: user.id };
}

function createCase(client: HttpClient, categoryId: number, title = "Utkast") {
  return client.post("/entrant/cases/new", { categoryId: String(categoryId), title });
}

function casesOf(organisationId: number): { id: number; category_id: number; status: string }[] {
  return sqlRows(
    server.databasePath,
    "SELECT id, category_id, status FROM cases WHERE organisation_id = ? ORDER BY id",
    organisationId,
  );
}

async function fillCategory(client: HttpClient, categoryId: number): Promise<string[]> {
  const paths: string[] = [];
  for (let n = 0; n < MAX_CASES_PER_CATEGORY; n++) {
    const created = await createCase(client, categoryId);
    expect(created.status).toBe(302);
    paths.push(created.headers.get("location")!);
  }
  return paths;
}

describe("cases per company and category", () => {
  it(`refuses the ${MAX_CASES_PER_CATEGORY + 1}th case in a category with a message on the form, creating nothing`, async () => {
    const { client, organisationId } = await newCompany();
    await fillCategory(client, categoryIds[0]);
    const auditBefore = sqlRows(server.databasePath, "SELECT id FROM audit_log").length;

    const refused = await createCase(client, categoryIds[0], "Én for mye");
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain(`Bedriften har allerede ${MAX_CASES_PER_CATEGORY} saker i denne kategorien`);
    // The form comes back with what was typed.
    expect(html).toContain('value="Én for mye"');
    expect(casesOf(organisationId)).toHaveLength(MAX_CASES_PER_CATEGORY);
    expect(sqlRows(server.databasePath, "SELECT id FROM audit_log")).toHaveLength(auditBefore);

    // The other category has its own places.
    expect((await createCase(client, categoryIds[1])).status).toBe(302);
  });

  it("says so in English to an entrant who reads the portal in English", async () => {
    const { client, userId } = await newCompany();
    await fillCategory(client, categoryIds[0]);
    sqlRun(server.databasePath, "UPDATE users SET locale = 'en' WHERE id = ?", userId);
    const [user] = sqlRows<{ email: string }>(server.databasePath, "SELECT email FROM users WHERE id = ?", userId);
    const english = await loggedIn(server.baseUrl, { email: user!.email, password: TEST_PASSWORD });
    const refused = await createCase(english, categoryIds[0]);
    expect(refused.status).toBe(409);
    expect(await pageText(refused)).toContain(
      `Your company already has ${MAX_CASES_PER_CATEGORY} cases in this category`,
    );
  });

  it("counts the whole company's cases, withdrawn ones too, and refuses a colleague's extra case", async () => {
    const { client, organisationId } = await newCompany();
    const [firstPath] = await fillCategory(client, categoryIds[0]);
    expect((await client.post(firstPath!, { intent: "withdraw", confirmed: "true" })).status).toBe(302);
    const colleague = await loggedIn(
      server.baseUrl,
      await createUser(server.databasePath, { role: "entrant", organisationId }),
    );
    expect((await createCase(colleague, categoryIds[0])).status).toBe(409);
    expect((await createCase(client, categoryIds[0])).status).toBe(409);
    expect(casesOf(organisationId)).toHaveLength(MAX_CASES_PER_CATEGORY);
  });

  it("refuses moving a draft into a full category, leaving the draft where it was", async () => {
    const { client, organisationId } = await newCompany();
    await fillCategory(client, categoryIds[0]);
    const other = await createCase(client, categoryIds[1]);
    const path = other.headers.get("location")!;
    const moved = await client.postMultipart(path, {
      intent: "save-draft",
      version: "1",
      categoryId: String(categoryIds[0]),
      title: "Flyttet",
      summary: "",
      servicePromise: "",
      anchoring: "",
      realisation: "",
    });
    expect(moved.status).toBe(409);
    expect(await pageText(moved)).toContain(`Bedriften har allerede ${MAX_CASES_PER_CATEGORY} saker`);
    const caseId = Number(path.split("/").pop());
    expect(casesOf(organisationId).find((row) => row.id === caseId)?.category_id).toBe(categoryIds[1]);
  });

  it("lets only one of two simultaneous posts take the last place", async () => {
    const { client, organisationId } = await newCompany();
    for (let n = 0; n < MAX_CASES_PER_CATEGORY - 1; n++)
      expect((await createCase(client, categoryIds[0])).status).toBe(302);
    const answers = await Promise.all([createCase(client, categoryIds[0]), createCase(client, categoryIds[0])]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 409]);
    expect(casesOf(organisationId)).toHaveLength(MAX_CASES_PER_CATEGORY);
  });
});

describe("storage per company on the chair's organisation list", () => {
  /** The storage cell of the company's row: its bytes and the text the chair reads. */
  function storageCell(html: string, organisationId: number): { bytes: number; text: string } {
    const row = new RegExp(
      `<tr[^>]*>(?:(?!</tr>)[\\s\\S])*?/chair/organisations/${organisationId}"[\\s\\S]*?</tr>`,
    ).exec(html)?.[0];
    expect(row, `row of organisation ${organisationId}`).toBeDefined();
    const cell = /data-bytes="(\d+)"[^>]*>([^<]*)</.exec(row!);
    return { bytes: Number(cell![1]), text: cell![2]!.trim() };
  }

  it("shows each company's attachment bytes in kB or MB, sorts by them, and is the chair's alone", async () => {
    const big = await newCompany();
    const created = await createCase(big.client, categoryIds[0]);
    const path = created.headers.get("location")!;
    const size = Math.round(1.5 * 1024 * 1024);
    const pdf = new Uint8Array(size);
    pdf.set(SAMPLE_FILES.pdf);
    const fields = {
      intent: "upload",
      categoryId: String(categoryIds[0]),
      title: "Med vedlegg",
      summary: "",
      servicePromise: "",
      anchoring: "",
      realisation: "",
    };
    const upload = (version: string, bytes: Uint8Array) =>
      big.client.postMultipart(
        path,
        { ...fields, version },
        { field: "file", name: "a.pdf", type: "application/pdf", bytes },
      );
    expect((await upload("1", pdf)).status).toBe(302);
    expect((await upload("2", SAMPLE_FILES.pdf)).status).toBe(302);
    const small = await newCompany();

    const chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
    const page = await chair.get("/chair/organisations");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(">Lagring<");
    expect(storageCell(html, big.organisationId)).toEqual({ bytes: size + SAMPLE_FILES.pdf.length, text: "1,5 MB" });
    expect(storageCell(html, small.organisationId)).toEqual({ bytes: 0, text: "0 kB" });

    const sorted = await (await chair.get("/chair/organisations?sort=storage")).text();
    const order = [...sorted.matchAll(/data-bytes="(\d+)"/g)].map((match) => Number(match[1]));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(order[0]).toBe(size + SAMPLE_FILES.pdf.length);

    expect((await big.client.get("/chair/organisations")).status).toBe(403);
  });
});
