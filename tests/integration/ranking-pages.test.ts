import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshRanking } from "#app/domain/ranking.server.ts";
import { openDatabase } from "#db/client.ts";
import { assignments, cases, organisations, scoreSheets } from "#db/schema.ts";
import { createOpenCompetition, createUser, sqlRows } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// The chair's ranking a page at a time: a category of 63 cases (more than two pages of 25) with a
// mix of sheet counts and disagreements, and a second category of 5.
const LARGE = 63;
const SMALL = 5;

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let largeCategory: number;
let smallCategory: number;

type Entry = { case_id: number; rank: number | null; too_few_sheets: number; high_disagreement: number; title: string };
const entries = (categoryId: number) =>
  sqlRows<Entry>(
    server.databasePath,
    `SELECT r.case_id, r.rank, r.too_few_sheets, r.high_disagreement, c.title FROM ranking_entries r
     JOIN cases c ON c.id = r.case_id WHERE r.category_id = ? AND r.round = 'main'
     ORDER BY r.rank IS NULL, r.rank, r.case_id`,
    categoryId,
  );

/** The case ids in the ranking table of a page, top to bottom. */
const rowIds = (html: string) => {
  const table = /data-testid="ranking-table"[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  return [...table.matchAll(/href="\/chair\/cases\/(\d+)"/g)].map((match) => Number(match[1]));
};

const nextLink = (html: string) => {
  const href = /<a[^>]*href="([^"]+)"[^>]*rel="next"|<a[^>]*rel="next"[^>]*href="([^"]+)"/.exec(html);
  return href ? (href[1] ?? href[2])!.replace(/&amp;/g, "&") : null;
};

/** Follows "next" from the first page to the last, gathering the case ids of every page. */
async function walk(query: string) {
  const ids: number[] = [];
  let path: string | null = `/chair/ranking?${query}`;
  let pages = 0;
  while (path) {
    const response = await chair.get(path);
    expect(response.status).toBe(200);
    const html = await response.text();
    ids.push(...rowIds(html));
    path = nextLink(html);
    pages += 1;
    expect(pages).toBeLessThan(50);
  }
  return { ids, pages };
}

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  const created = createOpenCompetition(server.databasePath);
  competitionId = created.competitionId;
  [largeCategory, smallCategory] = created.categoryIds;
  const jurors: Awaited<ReturnType<typeof createUser>>[] = [];
  for (const name of ["Jury En", "Jury To", "Jury Tre"])
    jurors.push(await createUser(server.databasePath, { role: "juror", name }));
  const db = openDatabase(server.databasePath);
  try {
    db.transaction((tx) => {
      const now = new Date();
      const plan = [
        ...Array.from({ length: LARGE }, (_, index) => ({ categoryId: largeCategory, index })),
        ...Array.from({ length: SMALL }, (_, index) => ({ categoryId: smallCategory, index: LARGE + index })),
      ];
      for (const { categoryId, index } of plan) {
        // Every seventh title has "Blåbær" in it, one has LIKE's wildcard characters.
        const title = index === 5 ? "100% svar_rate" : index % 7 === 0 ? `Blåbærsak ${index}` : `Sak ${index}`;
        const organisationId = tx
          .insert(organisations)
          .values({ name: `Firma ${index}`, orgNumber: String(900_000_000 + index) })
          .returning({ id: organisations.id })
          .get().id;
        const caseId = tx
          .insert(cases)
          .values({
            competitionId,
            categoryId,
            organisationId,
            title,
            summary: "Sammendrag",
            servicePromise: "Løfte",
            anchoring: "Forankring",
            realisation: "Gjennomføring",
            status: "submitted",
            submittedAt: now,
            updatedAt: now,
          })
          .returning({ id: cases.id })
          .get().id;
        // 0 to 3 final sheets; every fifth case with the jurors far apart.
        for (const [position, juror] of jurors.slice(0, index % 4).entries()) {
          const assignmentId = tx
            .insert(assignments)
            .values({ caseId, jurorId: juror.id, assignedAt: now, conflictStatus: "none" })
            .returning({ id: assignments.id })
            .get().id;
          const score = index % 5 === 0 ? (position === 0 ? 10 : 1) : 1 + ((index * 7 + position) % 10);
          tx.insert(scoreSheets)
            .values({
              assignmentId,
              scorePromise: score,
              scoreAnchoring: score,
              scoreRealisation: Math.max(1, score - (index % 2)),
              status: "final",
              finalisedAt: now,
            })
            .run();
        }
      }
      refreshRanking(tx, competitionId, now);
    });
  } finally {
    db.$client.close();
  }
});

afterAll(async () => {
  await server?.stop();
});

describe("the chair's ranking, a page at a time", () => {
  it("shows the first 25 of a category with how many there are, and reaches every case once by its page links", async () => {
    const first = await chair.get(`/chair/ranking?competition=${competitionId}&category=${largeCategory}`);
    const html = await first.text();
    expect(rowIds(html)).toHaveLength(25);
    const text = await pageText(new Response(html));
    expect(text).toContain(`Viser 1–25 av ${LARGE} saker.`);
    expect(text).toContain(`Store virksomheter (${LARGE})`);
    expect(text).toContain(`Små og mellomstore virksomheter (${SMALL})`);

    const expected = entries(largeCategory).map((entry) => entry.case_id);
    const walked = await walk(`competition=${competitionId}&category=${largeCategory}`);
    expect(walked.pages).toBe(3);
    expect(walked.ids).toEqual(expected);
  });

  it("keeps every case reachable whatever the sort, direction and page size", async () => {
    const expected = entries(largeCategory)
      .map((entry) => entry.case_id)
      .sort((a, b) => a - b);
    for (const query of [
      "sort=title&dir=desc&size=50",
      "sort=spread",
      "sort=sheets&dir=desc",
      "sort=score&dir=asc",
      "sort=organisation&size=100",
    ]) {
      const walked = await walk(`competition=${competitionId}&category=${largeCategory}&${query}`);
      expect(
        [...walked.ids].sort((a, b) => a - b),
        query,
      ).toEqual(expected);
    }
    const byTitle = await walk(`competition=${competitionId}&category=${largeCategory}&sort=title&size=100`);
    const titles = new Map(entries(largeCategory).map((entry) => [entry.case_id, entry.title]));
    const shown = byTitle.ids.map((id) => titles.get(id)!);
    expect(shown).toEqual([...shown].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "en")));
  });

  it("shows only the chosen category's cases on its tab", async () => {
    const walked = await walk(`competition=${competitionId}&category=${smallCategory}`);
    expect(walked).toEqual({ ids: entries(smallCategory).map((entry) => entry.case_id), pages: 1 });
  });
});

describe("filtering the ranking", () => {
  it("lists exactly the cases short of sheets, far apart, or either, over every page", async () => {
    const all = entries(largeCategory);
    const pick = (keep: (entry: Entry) => boolean) => all.filter(keep).map((entry) => entry.case_id);
    const base = `competition=${competitionId}&category=${largeCategory}`;
    const tooFew = pick((entry) => entry.too_few_sheets === 1);
    const apart = pick((entry) => entry.high_disagreement === 1);
    expect(tooFew.length).toBeGreaterThan(25);
    expect(apart.length).toBeGreaterThan(0);
    expect((await walk(`${base}&flag=too-few`)).ids).toEqual(tooFew);
    expect((await walk(`${base}&flag=disagreement`)).ids).toEqual(apart);
    expect((await walk(`${base}&flag=any`)).ids).toEqual(
      pick((entry) => entry.too_few_sheets + entry.high_disagreement > 0),
    );
    const page = await pageText(await chair.get(`/chair/ranking?${base}`));
    expect(page).toContain(`For få skjemaer (${tooFew.length})`);
    expect(page).toContain(`Stor uenighet (${apart.length})`);
  });

  it("searches title and company, taking % and _ as themselves", async () => {
    const base = `competition=${competitionId}&category=${largeCategory}`;
    const blueberries = entries(largeCategory).filter((entry) => entry.title.includes("Blåbær"));
    expect((await walk(`${base}&q=Blåbær`)).ids).toEqual(blueberries.map((entry) => entry.case_id));
    const [percent] = entries(largeCategory).filter((entry) => entry.title.includes("%"));
    expect((await walk(`${base}&q=${encodeURIComponent("0% svar_")}`)).ids).toEqual([percent!.case_id]);
    expect((await walk(`${base}&q=${encodeURIComponent("%")}`)).ids).toEqual([percent!.case_id]);
    expect((await walk(`${base}&q=Firma%2012`)).ids).toHaveLength(1);
    const none = await pageText(await chair.get(`/chair/ranking?${base}&q=finnes-ikke`));
    expect(none).toContain("Ingen saker passer til filteret.");
  });
});

describe("a ranking address that makes no sense", () => {
  it("answers with the default view instead of failing", async () => {
    const base = `/chair/ranking?competition=${competitionId}&category=${largeCategory}`;
    const defaults = rowIds(await (await chair.get(base)).text());
    for (const query of [
      "sort=drop+table",
      "dir=sideways",
      "page=-3",
      "page=abc",
      "page=1e400",
      "size=7",
      "size=-25",
      "flag=maybe",
      `q=${"x".repeat(300)}`,
      "page=&size=&sort=&dir=&flag=&q=",
      "sort=score&sort=rank",
    ]) {
      const response = await chair.get(`${base}&${query}`);
      expect(response.status, query).toBe(200);
      expect(rowIds(await response.text()), query).toEqual(defaults);
    }
  });

  it("shows the last page for a page past the end", async () => {
    const response = await chair.get(`/chair/ranking?competition=${competitionId}&category=${largeCategory}&page=999`);
    expect(response.status).toBe(200);
    expect(rowIds(await response.text())).toEqual(
      entries(largeCategory)
        .slice(50)
        .map((entry) => entry.case_id),
    );
  });

  it("answers 404, not 500, for a category or competition that is not there", async () => {
    for (const query of [
      `competition=${competitionId}&category=abc`,
      `competition=${competitionId}&category=999999`,
      "competition=0",
    ]) {
      expect((await chair.get(`/chair/ranking?${query}`)).status, query).toBe(404);
    }
  });
});

describe("the paged ranking is the chair's", () => {
  it("answers 403 to a juror and an entrant, and sends a visitor to log in, whatever the page", async () => {
    const path = `/chair/ranking?competition=${competitionId}&category=${largeCategory}&page=2&sort=score&flag=any`;
    for (const role of ["juror", "entrant"] as const) {
      const client = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role }));
      expect((await client.get(path)).status).toBe(403);
    }
    expect((await new HttpClient(server.baseUrl).get(path)).status).toBe(302);
  });
});

describe("the CSV export", () => {
  it("still holds every case of every category, whatever the page shows", async () => {
    const response = await chair.get(`/chair/ranking.csv?competition=${competitionId}`);
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split("\r\n");
    // The rules line, the header, then every case.
    expect(lines).toHaveLength(2 + LARGE + SMALL);
  });
});
