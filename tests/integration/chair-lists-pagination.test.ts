import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createUser, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Enough rows for several pages of 50: 130 cases (118 submitted), 62 jurors. Titles and company
// names repeat on purpose, so a sort with ties must still page through every row exactly once.
const CASES = 130;
const JURORS = 62;

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let categoryIds: [number, number];
let jurorWithManyCases: { email: string; password: string };

const query = <T>(sql: string, ...params: unknown[]) => sqlRows<T>(server.databasePath, sql, ...params);

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  ({ competitionId, categoryIds } = createOpenCompetition(server.databasePath));
  const juror = await createUser(server.databasePath, { role: "juror", name: "Aase Først" });
  jurorWithManyCases = juror;
  // Rows written in bulk: the forms would take minutes for this many.
  const db = new Database(server.databasePath);
  const now = Date.now();
  const hash = (db.prepare("SELECT password_hash FROM users WHERE id = ?").get(juror.id) as { password_hash: string })
    .password_hash;
  const jurorIds = [juror.id];
  db.transaction(() => {
    for (let index = 1; index < JURORS; index += 1) {
      const id = randomUUID();
      jurorIds.push(id);
      db.prepare(
        "INSERT INTO users (id, email, name, password_hash, role, email_verified_at, created_at) VALUES (?, ?, ?, ?, 'juror', ?, ?)",
      ).run(id, `jury-${index}-${id.slice(0, 8)}@juryen.example.no`, `Jurymedlem ${index % 20}`, hash, now, now);
    }
    for (let index = 0; index < CASES; index += 1) {
      const organisationId = db
        .prepare("INSERT INTO organisations (name, org_number, created_at) VALUES (?, ?, ?)")
        .run(`Bedrift ${index % 7}`, `7${String(index).padStart(8, "0")}`, now).lastInsertRowid;
      const status = index % 10 === 3 ? "draft" : "submitted";
      const caseId = db
        .prepare(
          "INSERT INTO cases (competition_id, category_id, organisation_id, title, status, submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .run(
          competitionId,
          categoryIds[index % 2],
          organisationId,
          `Sak om ${["service", "svar", "tillit"][index % 3]}`,
          status,
          status === "submitted" ? now - index : null,
          now,
          now,
        ).lastInsertRowid;
      if (status !== "submitted") continue;
      // The first juror gets 30 cases; the rest two jurors each, some with a final sheet.
      const onCase = index < 30 ? [jurorIds[0]!, jurorIds[1 + (index % (JURORS - 1))]!] : [jurorIds[1 + (index % 40)]!];
      for (const [slot, jurorId] of onCase.entries()) {
        const assignmentId = db
          .prepare("INSERT INTO assignments (case_id, juror_id, assigned_at, conflict_status) VALUES (?, ?, ?, 'none')")
          .run(caseId, jurorId, now).lastInsertRowid;
        if ((index + slot) % 3 === 0)
          db.prepare(
            "INSERT INTO score_sheets (assignment_id, round, score_promise, score_anchoring, score_realisation, status, finalised_at, updated_at) VALUES (?, 'main', 5, 5, 5, 'final', ?, ?)",
          ).run(assignmentId, now, now);
      }
    }
  })();
  db.close();
});

afterAll(async () => {
  await server?.stop();
});

/** The ids in the rows marked `testId`, in page order. */
function caseIdsIn(html: string, testId: string): number[] {
  return html
    .split(`data-testid="${testId}"`)
    .slice(1)
    .map((row) => Number(/href="\/chair\/cases\/(\d+)"/.exec(row)?.[1]));
}

function jurorNamesIn(html: string): string[] {
  return html
    .split('data-testid="juror-progress"')
    .slice(1)
    .map((row) => /<th scope="row"[^>]*>([^<]*)<\/th>/.exec(row)?.[1] ?? "");
}

/** Follows the page links from the first page to the last, collecting what `pick` finds on each. */
async function walk<T>(path: string, pageParam: string, pick: (html: string) => T[]): Promise<T[]> {
  const found: T[] = [];
  for (let page = 1; page < 100; page += 1) {
    const response = await chair.get(`${path}&${pageParam}=${page}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    found.push(...pick(html));
    if (!html.includes(`${pageParam}=${page + 1}`)) return found;
  }
  throw new Error("more than 100 pages");
}

const expectEachOnce = <T>(found: T[], expected: T[]) => {
  expect(found).toHaveLength(expected.length);
  expect([...found].sort()).toEqual([...expected].sort());
};

describe("the chair's case list", () => {
  const allCases = () =>
    query<{ id: number }>("SELECT id FROM cases WHERE competition_id = ?", competitionId).map((row) => row.id);

  it("shows a page of 50 with links to the rest, and every case exactly once in every sort", async () => {
    const first = await pageText(await chair.get(`/chair/cases?competition=${competitionId}`));
    expect(first).toContain(`Viser 1–50 av ${CASES}`);
    for (const sort of ["reference", "title", "organisation", "category", "status", "submittedAt"]) {
      for (const dir of ["asc", "desc"]) {
        const found = await walk(`/chair/cases?competition=${competitionId}&sort=${sort}&dir=${dir}`, "page", (html) =>
          caseIdsIn(html, "case-row"),
        );
        expectEachOnce(found, allCases());
      }
    }
  });

  it("sorts by reference both ways", async () => {
    const ascending = await walk(`/chair/cases?competition=${competitionId}&sort=reference`, "page", (html) =>
      caseIdsIn(html, "case-row"),
    );
    expect(ascending).toEqual([...allCases()].sort((a, b) => a - b));
    const html = await (await chair.get(`/chair/cases?competition=${competitionId}&sort=reference&dir=desc`)).text();
    expect(caseIdsIn(html, "case-row")[0]).toBe(Math.max(...allCases()));
    expect(html).toContain('aria-sort="descending"');
  });

  it("filters by category, status and search, and pages through what matches", async () => {
    const inCategory = query<{ id: number }>("SELECT id FROM cases WHERE category_id = ?", categoryIds[1]);
    expectEachOnce(
      await walk(`/chair/cases?competition=${competitionId}&category=${categoryIds[1]}&sort=title`, "page", (html) =>
        caseIdsIn(html, "case-row"),
      ),
      inCategory.map((row) => row.id),
    );
    const drafts = query<{ id: number }>(
      "SELECT id FROM cases WHERE competition_id = ? AND status = 'draft'",
      competitionId,
    );
    expectEachOnce(
      await walk(`/chair/cases?competition=${competitionId}&status=draft`, "page", (html) =>
        caseIdsIn(html, "case-row"),
      ),
      drafts.map((row) => row.id),
    );
    const trust = query<{ id: number }>(
      "SELECT id FROM cases WHERE competition_id = ? AND title LIKE '%tillit%'",
      competitionId,
    );
    expectEachOnce(
      await walk(`/chair/cases?competition=${competitionId}&q=TILLIT&sort=organisation&dir=desc`, "page", (html) =>
        caseIdsIn(html, "case-row"),
      ),
      trust.map((row) => row.id),
    );
    const [one] = allCases();
    const year = new Date().getFullYear();
    const byReference = await (
      await chair.get(`/chair/cases?competition=${competitionId}&q=KSA-${year}-${String(one).padStart(4, "0")}`)
    ).text();
    expect(caseIdsIn(byReference, "case-row")).toEqual([one]);
  });

  it("shows a change made in the database at once", async () => {
    const [caseId] = allCases();
    sqlRun(server.databasePath, "UPDATE cases SET title = 'Nytt navn på saken' WHERE id = ?", caseId);
    const html = await pageText(await chair.get(`/chair/cases?competition=${competitionId}&q=nytt navn`));
    expect(html).toContain("Nytt navn på saken");
  });

  it("answers nonsense in the address with the list as if it was not there", async () => {
    for (const params of [
      "page=abc&sort=nope&dir=sideways&status=bogus&category=-1",
      "page=-3&competition=xyz",
      "page=99999999999999999999",
      `q=${"x".repeat(500)}`,
      "page=1e3&sort=title&sort=status",
    ]) {
      const response = await chair.get(`/chair/cases?${params}`);
      expect(response.status, params).toBe(200);
    }
    const past = await pageText(await chair.get(`/chair/cases?competition=${competitionId}&page=99`));
    expect(past).toContain(`Viser 101–${CASES} av ${CASES}`);
  });
});

describe("the chair's jury overview", () => {
  const submitted = () =>
    query<{ id: number }>("SELECT id FROM cases WHERE competition_id = ? AND status = 'submitted'", competitionId).map(
      (row) => row.id,
    );
  const jurorNames = () =>
    query<{ name: string }>("SELECT name FROM users WHERE role = 'juror'").map((row) => row.name);
  const base = () => `/chair/jury?competition=${competitionId}`;

  it("pages through every juror exactly once in every sort", async () => {
    for (const sort of ["name", "assigned", "final", "conflicts", "standing"]) {
      for (const dir of ["asc", "desc"]) {
        expectEachOnce(await walk(`${base()}&jsort=${sort}&jdir=${dir}`, "jpage", jurorNamesIn), jurorNames());
      }
    }
  });

  it("filters the jurors by where they stand", async () => {
    const behind = await walk(`${base()}&jstanding=behind`, "jpage", jurorNamesIn);
    const done = await walk(`${base()}&jstanding=done`, "jpage", jurorNamesIn);
    const none = await walk(`${base()}&jstanding=none`, "jpage", jurorNamesIn);
    expect(behind.length).toBeGreaterThan(0);
    expect(none.length).toBeGreaterThan(0);
    expectEachOnce([...behind, ...done, ...none], jurorNames());
  });

  it("pages through every submitted case exactly once in every sort, filter and search", async () => {
    for (const sort of ["reference", "title", "assigned", "final", "conflicts"]) {
      for (const dir of ["asc", "desc"]) {
        const found = await walk(`${base()}&csort=${sort}&cdir=${dir}`, "cpage", (html) =>
          caseIdsIn(html, "case-progress"),
        );
        expectEachOnce(found, submitted());
      }
    }
    const short = await walk(`${base()}&cstatus=short&csort=final`, "cpage", (html) =>
      caseIdsIn(html, "case-progress"),
    );
    const enough = await walk(`${base()}&cstatus=enough`, "cpage", (html) => caseIdsIn(html, "case-progress"));
    expect(short.length).toBeGreaterThan(50);
    expectEachOnce([...short, ...enough], submitted());
    const service = query<{ id: number }>(
      "SELECT id FROM cases WHERE competition_id = ? AND status = 'submitted' AND title LIKE '%service%'",
      competitionId,
    );
    expectEachOnce(
      await walk(`${base()}&q=service`, "cpage", (html) => caseIdsIn(html, "case-progress")),
      service.map((row) => row.id),
    );
  });

  it("keeps the other list's page and filter when one list is paged", async () => {
    const html = await (await chair.get(`${base()}&jpage=2&cstatus=short`)).text();
    // The cases' next-page link carries the jurors' page and the cases' filter along.
    expect(html).toMatch(/href="\/chair\/jury\?[^"]*jpage=2[^"]*cstatus=short[^"]*cpage=2"/);
    expect(html).toMatch(/<input type="hidden" name="jpage" value="2"\/>/);
  });

  it("answers nonsense in the address with the overview as if it was not there", async () => {
    for (const params of [
      "cpage=-5&jpage=abc&fpage=1e99&csort=nope&cdir=up&jsort=%00&jdir=&jstanding=asleep&cstatus=maybe",
      `q=${"ø".repeat(300)}`,
    ]) {
      expect((await chair.get(`/chair/jury?${params}`)).status, params).toBe(200);
    }
    // A competition that is not there is not found, as before the lists had pages.
    expect((await chair.get("/chair/jury?competition=abc&cpage=2")).status).toBe(404);
  });
});

describe("a juror with many cases", () => {
  it("sees them 25 at a time, numbered across the pages, each once", async () => {
    const own = query<{ case_id: number }>(
      "SELECT case_id FROM assignments a JOIN users u ON u.id = a.juror_id WHERE u.email = ?",
      jurorWithManyCases.email,
    ).map((row) => row.case_id);
    expect(own.length).toBeGreaterThan(25);
    const juror = await loggedIn(server.baseUrl, jurorWithManyCases);
    const first = await (await juror.get("/jury")).text();
    expect(first.match(/data-testid="juror-case"/g)).toHaveLength(25);
    expect(await pageText(new Response(first))).toMatch(new RegExp(`\\d+ av ${own.length} vurdert`));
    const second = await (await juror.get("/jury?page=2")).text();
    expect(second.match(/data-testid="juror-case"/g)).toHaveLength(own.length - 25);
    expect(await pageText(new Response(second))).toContain("Sak 26:");
    const linked = (html: string) =>
      [...html.matchAll(/href="\/jury\/cases\/(\d+)"/g)].map((match) => Number(match[1]));
    expectEachOnce([...linked(first), ...linked(second)], own);
    expect((await juror.get("/jury?page=zz")).status).toBe(200);
  });
});

describe("the lists' guards", () => {
  it("refuse an entrant and a juror, whatever the page asked for", async () => {
    const entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
    const juror = await loggedIn(server.baseUrl, jurorWithManyCases);
    for (const client of [entrant, juror]) {
      expect((await client.get(`/chair/cases?competition=${competitionId}&page=2&sort=title`)).status).toBe(403);
      expect((await client.get(`/chair/jury?competition=${competitionId}&jpage=2&cpage=3`)).status).toBe(403);
    }
    expect((await entrant.get("/jury?page=2")).status).toBe(403);
  });
});
