import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMPLETE_CASE_TEXTS } from "#tests/support/entrant-cases.ts";
import {
  assignConfirmed,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
} from "#tests/support/factories.ts";
import { HttpClient, loggedIn } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 12: entrants save drafts and jurors save score sheets concurrently over HTTP; the server
// is killed with SIGKILL in the middle of it and started again on the same files. Every save the
// server acknowledged must be there, and SQLite must find its file sound.

const ENTRANTS = 6;
const JURORS = 4;
const CASES_TO_SCORE = 4;
/** How long the load runs before the kill, and the acknowledged saves it must have reached by then. */
const LOAD_MS = 3_000;
const MIN_ACKNOWLEDGED = 50;

const dataDir = mkdtempSync(join(tmpdir(), "awards-crash-"));
const servers: TestServer[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The newest save a writer had acknowledged, and the one it still had in flight when the server died. */
type Writer<T> = { acknowledged: T | null; inFlight: T | null; count: number };

const acknowledgedStatus = (status: number) => status === 302 || (status >= 200 && status < 300);

describe("a SIGKILL under write load", () => {
  it("loses no acknowledged draft or score save, and leaves a sound database", async () => {
    const first = await startTestServer({ dataDir });
    servers.push(first);
    const { competitionId, categoryIds } = createOpenCompetition(first.databasePath);

    const entrants: { client: HttpClient; caseId: number; version: number; writer: Writer<string> }[] = [];
    for (let index = 0; index < ENTRANTS; index += 1) {
      const client = await loggedIn(first.baseUrl, await createUser(first.databasePath, { role: "entrant" }));
      const created = await client.post("/entrant/cases/new", { categoryId: String(categoryIds[0]), title: "Start" });
      expect(created.status).toBe(302);
      const caseId = Number(created.headers.get("location")!.split("/").pop());
      entrants.push({ client, caseId, version: 0, writer: { acknowledged: null, inFlight: null, count: 0 } });
    }
    const scored = Array.from(
      { length: CASES_TO_SCORE },
      (_, index) =>
        createSubmittedCase(first.databasePath, { competitionId, categoryId: categoryIds[1], title: `Sak ${index}` })
          .caseId,
    );
    type SheetSave = { caseId: number; comment: string; score: number };
    const jurors: { id: string; client: HttpClient; writer: Writer<SheetSave>; perCase: Map<number, SheetSave> }[] = [];
    for (let index = 0; index < JURORS; index += 1) {
      const juror = await createUser(first.databasePath, { role: "juror" });
      for (const caseId of scored) assignConfirmed(first.databasePath, caseId, juror.id);
      jurors.push({
        id: juror.id,
        client: await loggedIn(first.baseUrl, juror),
        writer: { acknowledged: null, inFlight: null, count: 0 },
        perCase: new Map(),
      });
    }

    let killed = false;
    const unexpected: string[] = [];

    const entrantLoop = async (entrant: (typeof entrants)[number], index: number) => {
      entrant.version = sqlRows<{ version: number }>(
        first.databasePath,
        "SELECT version FROM cases WHERE id = ?",
        entrant.caseId,
      )[0]!.version;
      for (let round = 1; !killed; round += 1) {
        const title = `Utkast ${index}-${round}`;
        entrant.writer.inFlight = title;
        let status: number;
        try {
          const response = await entrant.client.post(`/entrant/cases/${entrant.caseId}`, {
            intent: "save-draft",
            version: String(entrant.version),
            categoryId: String(categoryIds[0]),
            ...COMPLETE_CASE_TEXTS,
            title,
            summary: `Sammendrag ${index}-${round}`,
          });
          status = response.status;
          await response.arrayBuffer();
        } catch {
          return; // the server is gone: this save was never acknowledged
        }
        if (!acknowledgedStatus(status)) {
          if (!killed) unexpected.push(`draft save ${title} answered ${status}`);
          return;
        }
        entrant.version += 1;
        entrant.writer.acknowledged = title;
        entrant.writer.inFlight = null;
        entrant.writer.count += 1;
      }
    };

    const jurorLoop = async (juror: (typeof jurors)[number], index: number) => {
      for (let round = 1; !killed; round += 1) {
        const caseId = scored[round % scored.length]!;
        const save: SheetSave = { caseId, comment: `Vurdering ${index}-${round}`, score: (round % 10) + 1 };
        juror.writer.inFlight = save;
        let status: number;
        try {
          const response = await juror.client.post(`/jury/cases/${caseId}`, {
            intent: "save-draft",
            scorePromise: String(save.score),
            scoreAnchoring: String(save.score),
            scoreRealisation: String(save.score),
            overallComment: save.comment,
          });
          status = response.status;
          await response.arrayBuffer();
        } catch {
          return;
        }
        if (!acknowledgedStatus(status)) {
          if (!killed) unexpected.push(`score save ${save.comment} answered ${status}`);
          return;
        }
        juror.perCase.set(caseId, save);
        juror.writer.acknowledged = save;
        juror.writer.inFlight = null;
        juror.writer.count += 1;
      }
    };

    const load = Promise.all([
      ...entrants.map((entrant, index) => entrantLoop(entrant, index)),
      ...jurors.map((juror, index) => jurorLoop(juror, index)),
    ]);
    await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
    killed = true;
    await first.kill();
    await load;

    expect(unexpected).toEqual([]);
    const inFlightAtKill = [...entrants, ...jurors].filter((item) => item.writer.inFlight !== null).length;
    expect(inFlightAtKill, "the kill should land mid-load, with saves in flight").toBeGreaterThan(0);
    const draftSaves = entrants.reduce((sum, entrant) => sum + entrant.writer.count, 0);
    const scoreSaves = jurors.reduce((sum, juror) => sum + juror.writer.count, 0);
    expect(draftSaves + scoreSaves).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);

    // Started again on the same database file and uploads folder, as a supervisor would.
    const second = await startTestServer({ dataDir });
    servers.push(second);
    expect(sqlRows<{ integrity_check: string }>(second.databasePath, "PRAGMA integrity_check")).toEqual([
      { integrity_check: "ok" },
    ]);

    let found = 0;
    for (const entrant of entrants) {
      const stored = sqlRows<{ title: string }>(
        second.databasePath,
        "SELECT title FROM cases WHERE id = ?",
        entrant.caseId,
      )[0]!.title;
      // The save in flight at the kill may or may not have committed; the acknowledged one must be there or be overtaken by it.
      const allowed = [entrant.writer.acknowledged, entrant.writer.inFlight].filter(Boolean);
      if (entrant.writer.acknowledged) {
        expect(allowed, `case ${entrant.caseId}`).toContain(stored);
        found += 1;
      }
      // The session survived too: the same cookie reads the case from the restarted server.
      const again = new HttpClient(second.baseUrl);
      again.setCookieHeader(entrant.client.cookieHeader());
      const page = await again.get(`/entrant/cases/${entrant.caseId}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(stored);
    }
    for (const juror of jurors) {
      for (const [caseId, save] of juror.perCase) {
        const [sheet] = sqlRows<{ overall_comment: string; score_promise: number; score_realisation: number }>(
          second.databasePath,
          `SELECT s.overall_comment, s.score_promise, s.score_realisation FROM score_sheets s
           JOIN assignments a ON a.id = s.assignment_id
           WHERE a.case_id = ? AND a.juror_id = ? AND s.round = 'main'`,
          caseId,
          juror.id,
        );
        const inFlight = juror.writer.inFlight?.caseId === caseId ? juror.writer.inFlight : null;
        const expected = [save, inFlight].filter((item): item is SheetSave => item !== null);
        expect(
          expected.map((item) => [item.comment, item.score, item.score]),
          `juror ${jurors.indexOf(juror)} on case ${caseId}`,
        ).toContainEqual([sheet?.overall_comment, sheet?.score_promise, sheet?.score_realisation]);
        found += 1;
      }
    }
    console.log(
      `Crash test: ${draftSaves + scoreSaves} saves acknowledged before SIGKILL (${draftSaves} drafts, ${scoreSaves} score sheets); ` +
        `${inFlightAtKill} in flight at the kill; the newest acknowledged save of all ${found} records present after restart; integrity_check ok`,
    );
  }, 120_000);
});
