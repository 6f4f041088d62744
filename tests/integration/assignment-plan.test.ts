import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignConfirmed,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  uniqueEmail,
} from "#tests/support/factories.ts";
import { addCompanyMember, offeredJurorIds } from "#tests/support/conflict-fixtures.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
const caseIds: number[] = [];
const jurors: Record<"anne" | "bjorn" | "cecilie", { id: string; name: string }> = {} as never;
const INVITED = uniqueEmail("invitert");

const CASES = [
  { title: "Havbris svarer på en time", category: 0 },
  { title: "Pengene tilbake samme dag", category: 1 },
  { title: "Reparert innen fem dager", category: 0 },
] as const;

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  const competition = createOpenCompetition(server.databasePath);
  competitionId = competition.competitionId;
  for (const item of CASES) {
    const { caseId, organisationId } = createSubmittedCase(server.databasePath, {
      competitionId,
      categoryId: competition.categoryIds[item.category],
      title: item.title,
    });
    caseIds.push(caseId);
    // The first company has a verified member on Anne's domain: she may not judge its case.
    if (caseIds.length === 1)
      await addCompanyMember(server.databasePath, organisationId, { email: uniqueEmail("leder", "havbris.no") });
  }
  for (const [key, name, email] of [
    ["anne", "Anne Havbris", uniqueEmail("anne", "havbris.no")],
    ["bjorn", "Bjørn Berg", undefined],
    ["cecilie", "Cecilie Dahl", undefined],
  ] as const) {
    const user = await createUser(server.databasePath, { role: "juror", name, email });
    jurors[key] = { id: user.id, name };
  }
  assignConfirmed(server.databasePath, caseIds[1]!, jurors.bjorn.id);
  expect((await chair.post("/chair/jurors", { intent: "invite", email: INVITED })).status).toBe(302);
});

afterAll(async () => {
  await server?.stop();
});

/** The rows of the load table: juror, before, added, total. */
function loadRows(html: string): string[][] {
  const table = /data-testid="assignment-loads"[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .slice(1)
    .map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((cell) => cell[1]!));
}

describe("the assignment plan", () => {
  it("names each case's title and category and shows every juror's load before and after", async () => {
    const preview = await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "preview" });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Tittel Kategori");
    for (const item of CASES) expect(text).toContain(item.title);
    expect(text).toContain("Store virksomheter");
    expect(text).toContain("Små og mellomstore virksomheter");
    // Anne may take only the two cases without a conflict; Bjørn already has one.
    expect(loadRows(html)).toEqual([
      ["Bjørn Berg", "1", "2", "3"],
      ["Cecilie Dahl", "0", "3", "3"],
      ["Anne Havbris", "0", "2", "2"],
    ]);
    expect(text).toContain(`«${CASES[0].title}» mangler 1 jurymedlem(mer)`);
  });
});

describe("the manual choice on the chair's case page", () => {
  it("offers only jurors who may take the case and says why the others cannot", async () => {
    const conflicted = await (await chair.get(`/chair/cases/${caseIds[0]}`)).text();
    expect(offeredJurorIds(conflicted).sort()).toEqual([jurors.bjorn.id, jurors.cecilie.id].sort());
    const text = await pageText(new Response(conflicted));
    expect(text).toContain("Kan ikke tildeles denne saken");
    expect(text).toContain("Anne Havbris: inhabil – samme e-postdomene som en bekreftet bruker i bedriften");
    expect(text).toContain(`${INVITED}: invitert, men har ikke takket ja ennå`);

    const assigned = await (await chair.get(`/chair/cases/${caseIds[1]}`)).text();
    expect(offeredJurorIds(assigned).sort()).toEqual([jurors.anne.id, jurors.cecilie.id].sort());
    expect(await pageText(new Response(assigned))).toContain("Bjørn Berg: er allerede tildelt saken");
  });
});
