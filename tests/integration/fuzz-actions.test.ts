import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, seedAttackFixture, type AttackFixture } from "#tests/support/attack-fixture.ts";
import { DatabaseWatch } from "#tests/support/db-fingerprint.ts";
import { describeBody, encodeBody, formBodies, MARKUP_PAYLOADS, type FuzzBody } from "#tests/support/fuzz-bodies.ts";
import { HttpClient, loggedIn } from "#tests/support/http-client.ts";
import { ROUTE_TABLE, outcomeOf, type FuzzActor } from "#tests/support/route-table.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Arbitrary form bodies against every action in the route table (issue 12), as the role the form
// is for. Three properties: never a 5xx; a refused post (4xx, or a guard's redirect to the login
// page) stores nothing; markup posted never comes back unescaped.

/** Runs per action when its row names none; the rows' runs add up to well over 5,000. */
const DEFAULT_RUNS = 200;
const MIN_TOTAL_RUNS = 5_000;

/**
 * Tables a refused post may still write, each by design:
 * - throttled_attempts: attempt limits count refused log-ins, registrations, reset requests,
 *   invitation acceptances and password checks, or a flood of refusals would never be stopped (ADR 0006).
 */
const WRITTEN_ON_REFUSAL = new Set(["throttled_attempts"]);

let server: TestServer;
let fixture: AttackFixture;
let watch: DatabaseWatch;
let spare: HttpClient;

beforeAll(async () => {
  // Behind a trusted proxy each fresh visitor names its own client, so the per-client attempt
  // limits do not turn most anonymous posts into 429s (the per-address ones still may: a 429 is a refusal).
  server = await startTestServer({ env: { TRUST_PROXY: "true" } });
  fixture = await seedAttackFixture(server);
  spare = await loggedIn(server.baseUrl, fixture.spare.login);
  watch = new DatabaseWatch(server.databasePath);
}, 120_000);

afterAll(async () => {
  watch?.close();
  await server?.stop();
});

let clientNumber = 0;
function clientFor(actor: FuzzActor): { client: HttpClient; headers: Record<string, string> } {
  if (actor === "fresh") {
    clientNumber += 1;
    const ip = `10.${(clientNumber >> 16) & 255}.${(clientNumber >> 8) & 255}.${clientNumber & 255}`;
    return { client: new HttpClient(server.baseUrl), headers: { "X-Forwarded-For": ip } };
  }
  if (actor === "unverified") return { client: fixture.unverified, headers: {} };
  if (actor === "spare") return { client: spare, headers: {} };
  return { client: fixture.clients[actor], headers: {} };
}

/** The real ids and addresses of the fixture, as values a hostile client might guess or know — less the actors' own accounts. */
function knownValues(): string[] {
  const f = fixture;
  return [
    ...[f.caseA, f.attachmentA, f.draftA, f.draftB, f.orgA, f.orgB, f.competitionId, ...f.categoryIds].map(String),
    String(f.spare.assignmentId),
    f.spare.jurorId,
    f.spare.pendingForChair,
    f.spare.pendingForEntrant,
    f.ids.pendingA,
    f.ids.entrantB,
    f.ids.jurorUnassigned,
    f.logins.entrantB.email,
    f.tokens.setup,
    "ola.nordmann@example.no",
    "juror@juryen.example.no",
    "et langt og trygt passord",
    "median",
    "demote",
    "remove",
    "yes",
    "nb",
    "en",
    "/profile",
  ];
}

let previous = "";

type Tally = { cases: number; refused: number; accepted: number; statuses: Map<number, number> };

async function postOnce(path: string, actor: FuzzActor, body: FuzzBody, tally: Tally): Promise<void> {
  const { client, headers } = clientFor(actor);
  const encoded = await encodeBody(body);
  let response: Response;
  try {
    response = await client.send(path, {
      method: "POST",
      body: encoded.body,
      headers: { ...encoded.headers, ...headers, Origin: server.baseUrl },
    });
  } catch (error) {
    throw new Error(
      `POST ${path} as ${actor} failed: ${describeBody(body)}\nafter ${previous}\n${server.output().slice(-3000)}`,
      {
        cause: error,
      },
    );
  }
  const text = await response.text();
  previous = `POST ${path} as ${actor} → ${response.status} ${response.headers.get("connection")} with ${describeBody(body)}`;
  const changed = watch.changedTables();
  tally.cases += 1;
  tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
  const context = `POST ${path} as ${actor} → ${response.status} with ${describeBody(body)}`;

  expect(response.status, `a 5xx: ${context}\n${text.slice(0, 500)}`).toBeLessThan(500);
  const outcome = outcomeOf({ status: response.status, location: response.headers.get("location") });
  const refused = (response.status >= 400 && response.status < 500) || outcome === "login";
  if (refused) {
    tally.refused += 1;
    const stored = changed.filter((table) => !WRITTEN_ON_REFUSAL.has(table));
    expect(stored, `a refused post changed stored rows: ${context}`).toEqual([]);
  } else {
    tally.accepted += 1;
  }
  const html = response.headers.get("content-type")?.startsWith("text/html") ?? false;
  const sent = new Set(html ? body.fields.map(([, value]) => value) : []);
  for (const payload of MARKUP_PAYLOADS) {
    if ([...sent].some((value) => value.includes(payload))) {
      expect(text.includes(payload), `markup echoed unescaped (${payload}): ${context}`).toBe(false);
    }
  }
}

describe("fuzzing every form action", () => {
  it("answers arbitrary bodies without a 5xx, stores nothing when refusing, and never echoes markup raw", async () => {
    const rows = Object.entries(ROUTE_TABLE).filter(([, row]) => row.post !== null);
    const unfuzzed = rows.filter(([, row]) => !row.fuzz).map(([name]) => name);
    expect(unfuzzed, "actions without a fuzz entry in ROUTE_TABLE").toEqual([]);
    // Phases keep the posts that may legitimately end a role's access (the chair's) after the rest.
    const planned = rows
      .map(([name, row]) => ({ name, row, fuzz: row.fuzz! }))
      .sort((a, b) => a.fuzz.phase - b.fuzz.phase || a.name.localeCompare(b.name));
    const totalRuns = planned.reduce((sum, item) => sum + (item.fuzz.runs ?? DEFAULT_RUNS), 0);
    expect(totalRuns).toBeGreaterThanOrEqual(MIN_TOTAL_RUNS);

    const known = knownValues();
    const tally: Tally = { cases: 0, refused: 0, accepted: 0, statuses: new Map() };
    const started = Date.now();
    for (const { name, row, fuzz } of planned) {
      const path = row.path(fixture);
      const before = tally.cases;
      await fc.assert(
        fc.asyncProperty(formBodies({ fields: fuzz.fields, intents: fuzz.intents, known }), (body) =>
          postOnce(path, fuzz.as, body, tally),
        ),
        // A failure is reported as found: shrinking would replay posts against a database they already changed.
        { numRuns: fuzz.runs ?? DEFAULT_RUNS, endOnFailure: true },
      );
      expect(tally.cases - before, name).toBe(fuzz.runs ?? DEFAULT_RUNS);
    }
    const statuses = [...tally.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    console.log(
      `Fuzz: ${tally.cases} cases over ${planned.length} actions in ${Math.round((Date.now() - started) / 1000)} s; ` +
        `${tally.refused} refused, ${tally.accepted} accepted; statuses ${statuses.join(", ")}`,
    );
    expect(tally.cases).toBeGreaterThanOrEqual(MIN_TOTAL_RUNS);
  }, 300_000);

  it("shows whatever the fuzzing stored as text on every page, for every role", async () => {
    const paths = [
      ...Object.values(ROUTE_TABLE).map((row) => row.path(fixture)),
      `/chair/cases/${fixture.draftA}`,
      `/chair/organisations/${fixture.orgB}`,
    ];
    for (const role of ROLES) {
      for (const path of paths) {
        const response = await fixture.clients[role].get(path);
        const text = await response.text();
        expect(response.status, `GET ${path} as ${role}`).toBeLessThan(500);
        // JSON and CSV downloads carry the text as data, not markup: only pages must escape it.
        if (!response.headers.get("content-type")?.startsWith("text/html")) continue;
        for (const payload of MARKUP_PAYLOADS)
          expect(text.includes(payload), `${payload} raw on ${path} as ${role}`).toBe(false);
      }
    }
  }, 120_000);

  it("keeps a keep-alive connection usable after an action answers without reading a large body", async () => {
    // Found by the fuzzing: a 1.1 MB multipart post to an action that never reads it left the body
    // paused in the socket, and every later request on that connection hung (drainUnreadBody).
    const client = fixture.clients.entrantA;
    for (let round = 0; round < 3; round += 1) {
      const large = await encodeBody({ fields: [["title", "A".repeat(1_100_000)]], multipart: true, file: null });
      const ignored = await client.send("/finnes-ikke", {
        method: "POST",
        body: large.body,
        headers: { ...large.headers, Origin: server.baseUrl },
      });
      expect(ignored.status).toBe(404);
      await ignored.arrayBuffer();
      const next = await client.post("/finnes-ikke", { intent: "save" });
      expect(next.status).toBe(404);
      await next.arrayBuffer();
    }
  }, 30_000);

  it("answers a case post whose text part is not UTF-8 with 400, not 500", async () => {
    // Found by the fuzzing: the multipart parser's strict decoder threw a TypeError (a file part
    // with an empty file name is read as text, so any bytes there did it too).
    const encoded = await encodeBody({
      fields: [["intent", "save-draft"]],
      multipart: true,
      file: { name: "", type: "application/pdf", bytes: new Uint8Array([254, 170, 234, 6]) },
    });
    const response = await fixture.clients.entrantA.send(`/entrant/cases/${fixture.draftA}`, {
      method: "POST",
      body: encoded.body,
      headers: { ...encoded.headers, Origin: server.baseUrl },
    });
    expect(response.status).toBe(400);
    await response.arrayBuffer();
  });
});
