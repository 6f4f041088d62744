import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ROLES,
  cloneClient,
  seedAttackFixture,
  type AttackFixture,
  type RoleName,
} from "#tests/support/attack-fixture.ts";
import { HttpClient, loggedIn } from "#tests/support/http-client.ts";
import { ROUTE_TABLE, outcomeOf, routeModules, type Outcome } from "#tests/support/route-table.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Every route module × every kind of visitor, for its loader (GET) and its action (POST), against
// the table in tests/support/route-table.ts (issue 12). The folder is read at run time: a new
// route without a row fails here, naming it.

let server: TestServer;
let fixture: AttackFixture;

beforeAll(async () => {
  server = await startTestServer();
  fixture = await seedAttackFixture(server);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

type Mismatch = { route: string; method: "GET" | "POST"; role: RoleName; expected: Outcome; got: string | number };

async function clientFor(role: RoleName, fresh: boolean): Promise<HttpClient> {
  if (!fresh) return cloneClient(fixture.clients[role]);
  return role === "anonymous" ? new HttpClient(server.baseUrl) : loggedIn(server.baseUrl, fixture.logins[role]);
}

describe("route × role access matrix", () => {
  it("has a row for every route module, and a post row exactly where the module has an action", () => {
    const modules = routeModules();
    const missing = modules.filter((module) => !ROUTE_TABLE[module.name]).map((module) => module.name);
    expect(
      missing,
      `route files without a row in ROUTE_TABLE (tests/support/route-table.ts): ${missing.join(", ")}`,
    ).toEqual([]);
    const stale = Object.keys(ROUTE_TABLE).filter((name) => !modules.some((module) => module.name === name));
    expect(stale, `rows for route files that no longer exist: ${stale.join(", ")}`).toEqual([]);
    const wrongAction = modules
      .filter((module) => (ROUTE_TABLE[module.name]!.post !== null) !== module.hasAction)
      .map((module) => `${module.name} (${module.hasAction ? "has" : "has no"} action)`);
    expect(wrongAction, "rows whose post entry does not match the module").toEqual([]);
  });

  it("answers every loader and action as the table says, for every role", async () => {
    const mismatches: Mismatch[] = [];
    let cellCount = 0;
    const check = async (
      route: string,
      method: "GET" | "POST",
      role: RoleName,
      expected: Outcome,
      send: () => Promise<Response>,
    ) => {
      const response = await send();
      await response.arrayBuffer();
      const got = outcomeOf({ status: response.status, location: response.headers.get("location") });
      cellCount += 1;
      if (got !== expected) mismatches.push({ route, method, role, expected, got });
    };
    const rows = Object.entries(ROUTE_TABLE);

    // Loaders first: they change nothing, so every one sees the fixture as seeded.
    for (const [route, row] of rows) {
      const path = row.path(fixture);
      for (const role of ROLES)
        await check(route, "GET", role, row.get[role], () => cloneClient(fixture.clients[role]).get(path));
    }
    // Then actions: the allowed ones act on throwaway targets, so the roles keep their standing.
    for (const [route, row] of rows) {
      const path = row.path(fixture);
      for (const role of ROLES) {
        const client = await clientFor(role, row.post?.endsSession ?? false);
        if (row.post === null) {
          await check(route, "POST", role, 405, () => client.post(path, { intent: "save" }));
        } else {
          const post = row.post;
          await check(route, "POST", role, post.expect[role], () => client.post(path, post.body(fixture)));
        }
      }
    }

    console.log(
      `Access matrix: ${cellCount} cells (${rows.length} route modules × ${ROLES.length} roles × GET and POST)`,
    );
    const lines = mismatches.map((m) => `${m.method} ${m.route} as ${m.role}: expected ${m.expected}, got ${m.got}`);
    expect(lines).toEqual([]);
    expect(cellCount).toBe(rows.length * ROLES.length * 2);
  }, 120_000);
});
