import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCompanyMember, offeredJurorIds } from "#tests/support/conflict-fixtures.ts";
import { createOpenCompetition, createSubmittedCase, createUser, uniqueEmail } from "#tests/support/factories.ts";
import { type HttpClient, loggedIn } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let categoryId: number;

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  ({
    competitionId,
    categoryIds: [categoryId],
  } = createOpenCompetition(server.databasePath));
});

afterAll(async () => {
  await server?.stop();
});

async function offeredOn(caseId: number): Promise<string[]> {
  const page = await chair.get(`/chair/cases/${caseId}`);
  expect(page.status).toBe(200);
  return offeredJurorIds(await page.text()).sort();
}

describe("conflicts the entrant cannot steer", () => {
  it("changing the company page changes no conflict: its colleague stays off, the jury stays on", async () => {
    const { caseId, organisationId } = createSubmittedCase(server.databasePath, {
      competitionId,
      categoryId,
      title: "Svar innen en time",
    });
    const entrant = await addCompanyMember(server.databasePath, organisationId, {
      email: uniqueEmail("leder", "lysfjord.no"),
      membership: "admin",
    });
    const colleague = await createUser(server.databasePath, {
      role: "juror",
      name: "Kollega Lysfjord",
      email: uniqueEmail("kollega", "lysfjord.no"),
    });
    const outsider = await createUser(server.databasePath, {
      role: "juror",
      name: "Uavhengig Jurymedlem",
      email: uniqueEmail("jury", "juryen.no"),
    });
    const before = await offeredOn(caseId);
    expect(before).toContain(outsider.id);
    expect(before).not.toContain(colleague.id);

    const company = await loggedIn(server.baseUrl, entrant);
    for (const emailDomain of ["juryen.no", "annet-domene.no", ""]) {
      const saved = await company.post("/entrant/organisation", {
        name: "Lysfjord AS",
        address: "",
        contactName: "",
        contactEmail: "",
        emailDomain,
      });
      expect(saved.status).toBe(302);
      expect(await offeredOn(caseId)).toEqual(before);
    }
  });
});
