// `npm run bench` (-- --cases 200|2000|20000): a generated competition at scale on the real
// production server, loopback only, bounded in time. In order: the verdict-confidence computation
// (in memory); the ranking refresh against a bare SQL aggregate (in this process, server stopped); 100 jurors saving at once (scoring open); the
// finalists published; then every page in rounds of floor route + page; then GET / during a login
// flood. Prints markdown tables and writes tests/.artifacts/bench.json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureConfidence, type ConfidenceReport } from "./confidence.ts";
import { generateCompetition, GenerationError, publishFinalists, type GeneratedCompetition } from "./generate.ts";
import { FLOOD_SCENARIOS, startLoginFlood } from "./login-flood.ts";
import { CONNECTIONS, DURATION_SECONDS, load, probe, TIMEOUT_SECONDS, waitUntilIdle, type Load } from "./measure.ts";
import { MemoryWatch } from "./memory.ts";
import { measureRecompute, type RecomputeReport } from "./recompute.ts";
import { ARTIFACT_PATH, markdownTable, pageJson, pageTable, writeArtifact, type PageRow } from "./report.ts";
import { logInAll, saveRound, type SaveReport } from "./saves.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

const SERVER_ENV = { LOG_REQUESTS: "false", TRUST_PROXY: "true", BENCH_FLOOR: "true" };

const progress = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

type Target = { name: string; path: string; headers?: Record<string, string> };

/** The server the pages are measured on; started again (same files, same sessions) if it dies. */
class BenchServer {
  private constructor(
    public server: TestServer,
    public memory: MemoryWatch,
    private readonly dataDir: string,
  ) {}

  static async start(dataDir: string): Promise<BenchServer> {
    const server = await startTestServer({ dataDir, env: SERVER_ENV });
    return new BenchServer(server, new MemoryWatch(server.pid), dataDir);
  }

  get floorUrl(): string {
    return `${this.server.baseUrl}/bench/floor`;
  }

  /** Restarts a server that died (out of memory, say); returns whether it had to. */
  async revive(): Promise<boolean> {
    if (this.memory.alive()) return false;
    progress(`the server died; its last output:\n${this.server.output().slice(-2000)}`);
    this.highestBefore = Math.max(this.highestBefore, this.memory.highestMb());
    this.server = await startTestServer({ dataDir: this.dataDir, env: SERVER_ENV });
    this.memory = new MemoryWatch(this.server.pid);
    return true;
  }

  highestBefore = 0;

  highestMb(): number {
    return Math.max(this.highestBefore, this.memory.highestMb());
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

/** The floor route's req/s, once the server has finished what the last measurement left queued. */
async function measureFloor(bench: BenchServer): Promise<number> {
  await waitUntilIdle(bench.floorUrl);
  return (await load(bench.floorUrl, {}, await probe(bench.floorUrl))).rps;
}

/**
 * One round: the floor route, the page, the floor route again. The ratio is the page's req/s over
 * the mean of the two floors around it: other work on a shared machine comes and goes within
 * seconds, and the two floors bracket the page's measurement.
 */
async function measureRound(bench: BenchServer, target: Target): Promise<PageRow> {
  const floorBefore = await measureFloor(bench);
  const url = `${bench.server.baseUrl}${target.path}`;
  const headers = target.headers ?? {};
  // Up to three single requests within five seconds, the quickest kept: the first warms caches, and
  // any may meet a busy moment of this shared machine; the quickest decides the page's connections.
  const { result: single, ...memory } = await bench.memory.during(async () => {
    const started = performance.now();
    let quickest = await probe(url, headers);
    for (let tries = 1; tries < 3 && !quickest.error && performance.now() - started < 5_000; tries += 1) {
      const next = await probe(url, headers);
      if (next.ms < quickest.ms) quickest = next;
    }
    return quickest;
  });
  const pageLoad = await load(url, headers, single);
  // The peak since the reset before the single requests: theirs or, usually higher, under load.
  const loadPeakMb = bench.memory.peakMb();
  const died = await bench.revive();
  const floorAfter = await measureFloor(bench);
  const floorRps = Math.round(((floorBefore + floorAfter) / 2) * 10) / 10;
  const row = {
    name: target.name,
    path: target.path,
    floorRps,
    floorRunsRps: [floorBefore, floorAfter],
    ratio: floorRps ? Math.round((pageLoad.rps / floorRps) * 1000) / 1000 : 0,
    single,
    load: died ? { ...pageLoad, note: `${pageLoad.note ?? ""} the server died under this page`.trim() } : pageLoad,
    memory: { ...memory, loadPeakMb },
  };
  progress(
    `${target.name}: ${row.load.rps} req/s (floor ${floorBefore} / ${floorAfter}, ratio ${row.ratio}), one request ${single.ms} ms, ` +
      `${single.bytes} bytes, memory rise ${memory.riseMb?.toFixed(0) ?? "–"} MB${row.load.note ? `; ${row.load.note}` : ""}`,
  );
  return row;
}

function pageTargets(
  generated: GeneratedCompetition,
  cookies: { chair: string; entrant: string; juror: string },
  outboxMails: number,
) {
  const { competitionId: id, year } = generated;
  const as = (cookie: string) => ({ Cookie: cookie });
  const largest = generated.categories.find((category) => category.id === generated.largestCategoryId)!;
  const targets: Target[] = [
    { name: "landing", path: "/" },
    { name: "login", path: "/login" },
    { name: "juror score sheet", path: `/jury/cases/${generated.juror.caseId}`, headers: as(cookies.juror) },
    { name: `juror dashboard (${generated.juror.caseCount} cases)`, path: "/jury", headers: as(cookies.juror) },
    { name: `entrant home (${generated.entrant.caseCount} cases)`, path: "/entrant", headers: as(cookies.entrant) },
    { name: "entrant case", path: `/entrant/cases/${generated.entrant.caseId}`, headers: as(cookies.entrant) },
    { name: "public results", path: `/results/${year}` },
    { name: "results JSON", path: `/api/results/${year}` },
    { name: "chair case list", path: `/chair/cases?competition=${id}`, headers: as(cookies.chair) },
    { name: "chair jury overview", path: `/chair/jury?competition=${id}`, headers: as(cookies.chair) },
    {
      name: `chair ranking (${largest.cases}-case category)`,
      path: `/chair/ranking?competition=${id}&category=${largest.id}`,
      headers: as(cookies.chair),
    },
    { name: "chair ranking CSV", path: `/chair/ranking.csv?competition=${id}`, headers: as(cookies.chair) },
    { name: "chair score sheets CSV", path: `/chair/score-sheets.csv?competition=${id}`, headers: as(cookies.chair) },
    // Last: at 2,000 cases today one request takes gigabytes, and the server may not survive it.
    {
      name: `chair publish page (${outboxMails} mails)`,
      path: `/chair/publish?competition=${id}`,
      headers: as(cookies.chair),
    },
  ];
  return targets;
}

async function floodRounds(bench: BenchServer) {
  const rows: { name: string; floorRps: number; ratio: number; load: Load; posts: string }[] = [];
  let idleP50 = 0;
  for (const scenario of [{ name: "GET / idle", spreadClients: null }, ...FLOOD_SCENARIOS]) {
    const floorBefore = await measureFloor(bench);
    const url = `${bench.server.baseUrl}/`;
    const flood =
      scenario.spreadClients === null ? null : await startLoginFlood(bench.server.baseUrl, scenario.spreadClients);
    const measured = await load(url, {}, await probe(url));
    const posts = await flood?.stop();
    if (!flood) idleP50 = measured.p50Ms;
    const floorRps = (floorBefore + (await measureFloor(bench))) / 2;
    rows.push({
      name: scenario.name,
      floorRps,
      ratio: floorRps ? Math.round((measured.rps / floorRps) * 1000) / 1000 : 0,
      load: measured,
      posts: posts ? `${posts.requests} ${JSON.stringify(posts.byStatus)}` : "–",
    });
    progress(`${scenario.name}: ${measured.rps} req/s, p50 ${measured.p50Ms} ms (idle ${idleP50} ms)`);
  }
  return rows.map((row) => ({ ...row, p50VsIdle: idleP50 ? Math.round((row.load.p50Ms / idleP50) * 10) / 10 : null }));
}

function printSummary(
  cases: number,
  rows: PageRow[],
  saves: SaveReport | null,
  recompute: RecomputeReport,
  memory: { peakMb: number; idleRssMb: number | null },
  flood: Awaited<ReturnType<typeof floodRounds>>,
  confidence: ConfidenceReport,
) {
  console.log(
    `\n## npm run bench: ${cases} cases, autocannon ${CONNECTIONS} connections (fewer for slow pages, see "conn"), ` +
      `${DURATION_SECONDS} s per measurement, ${TIMEOUT_SECONDS} s timeout, production build on loopback\n`,
  );
  console.log(pageTable(rows));
  console.log(
    "\nratio: the page's req/s divided by the floor route's (/bench/floor), the mean of one measurement right before and one right after it.",
  );
  if (saves) {
    console.log(`\n### Saves: ${saves.jurors} jurors at once (a fifth finalise and reopen)\n`);
    console.log(
      markdownTable(
        [
          "requests",
          "seconds",
          "req/s",
          "p50 ms",
          "p99 ms",
          "max ms",
          "errors / non-302",
          "finalise+reopen /s",
          "SQLITE_BUSY",
        ],
        [
          [
            `${saves.requests} ${JSON.stringify(saves.byIntent)}`,
            saves.seconds,
            saves.rps,
            saves.p50Ms,
            saves.p99Ms,
            saves.maxMs,
            `${saves.errors} / ${saves.non2xx}`,
            saves.rankingChangesPerSecond,
            saves.sqliteBusy ? "yes" : "no",
          ],
        ],
      ),
    );
  }
  console.log(
    `\n### Recompute: one sheet changed and the ranking refreshed, as a finalise does (median of ${recompute.runs}, CPU ms, ${recompute.finalSheets} final sheets)\n`,
  );
  const normalised = recompute.refreshByMethodMs.normalised;
  console.log(
    markdownTable(
      [
        "refresh, mean",
        "refresh, normalised",
        "full refresh",
        "bare SQL aggregate",
        "ratio (mean)",
        "ratio (normalised)",
      ],
      [
        recompute.error
          ? [`failed: ${recompute.error}`, "–", "–", "–", "–", "–"]
          : [
              recompute.refreshMs,
              normalised ?? "–",
              recompute.fullRefreshMs,
              recompute.bareSqlMs,
              recompute.ratio,
              normalised && recompute.bareSqlMs ? (normalised / recompute.bareSqlMs).toFixed(1) : "–",
            ],
      ],
    ),
  );
  console.log(
    `\n### Verdict confidence: agreement, severity, leave-one-juror-out, intervals, weight shifts (median of ${confidence.runs}, ms, ` +
      `${confidence.cases} cases, ${confidence.jurors} jurors, ${confidence.sheets} sheets, 4 categories, in memory)\n`,
  );
  console.log(
    markdownTable(
      ["whole competition, mean", "whole competition, normalised", "one category, mean", "one category, normalised"],
      [
        [
          confidence.wholeMs.mean ?? "–",
          confidence.wholeMs.normalised ?? "–",
          confidence.oneCategoryMs.mean ?? "–",
          confidence.oneCategoryMs.normalised ?? "–",
        ],
      ],
    ),
  );
  const heaviest = [...rows].sort((a, b) => (b.memory.riseMb ?? 0) - (a.memory.riseMb ?? 0)).slice(0, 3);
  const underLoad = [...rows].sort((a, b) => (b.memory.loadPeakMb ?? 0) - (a.memory.loadPeakMb ?? 0)).slice(0, 3);
  console.log(
    `\n### Server memory: peak ${memory.peakMb.toFixed(0)} MB (VmHWM over the whole run), ` +
      `${memory.idleRssMb?.toFixed(0) ?? "–"} MB before the first page; rise during one request: ` +
      heaviest.map((row) => `${row.name} ${row.memory.riseMb?.toFixed(0) ?? "–"} MB`).join(", ") +
      "; peak while under load: " +
      underLoad.map((row) => `${row.name} ${row.memory.loadPeakMb?.toFixed(0) ?? "–"} MB`).join(", "),
  );
  console.log("\n### GET / during a login flood\n");
  console.log(
    markdownTable(
      ["GET / while", "req/s", "p50 ms", "p99 ms", "p50 vs idle", "non-2xx", "ratio", "login posts"],
      flood.map((row) => [
        row.name,
        row.load.rps,
        row.load.p50Ms,
        row.load.p99Ms,
        row.p50VsIdle === null ? "–" : `${row.p50VsIdle}×`,
        row.load.non2xx,
        row.ratio.toFixed(3),
        row.posts,
      ]),
    ),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { cases: { type: "string", default: "2000" }, keep: { type: "boolean", default: false } },
  });
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 10)
    throw new Error(`--cases must be a whole number ≥ 10, not ${values.cases}`);
  const startedAt = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), `awards-bench-${cases}-`));
  const databasePath = join(dataDir, "awards.db");
  const report: Record<string, unknown> = {
    cases,
    date: new Date().toISOString(),
    connections: CONNECTIONS,
    seconds: DURATION_SECONDS,
    timeoutSeconds: TIMEOUT_SECONDS,
  };
  try {
    progress(`generating ${cases} cases into ${dataDir}`);
    let generated: GeneratedCompetition;
    try {
      generated = await generateCompetition({ databasePath, dataDir, cases, stage: "scoring" });
    } catch (error) {
      if (!(error instanceof GenerationError)) throw error;
      console.log(`\n## npm run bench: ${cases} cases: the generation failed\n\n${error.message}`);
      console.log(`Steps until then (ms): ${JSON.stringify(error.timings)}`);
      writeArtifact({ ...report, error: { step: error.step, message: error.message, timings: error.timings } });
      return 1;
    }
    report.generation = { timings: generated.timings, sheets: generated.sheets, categories: generated.categories };
    progress(`generated: ${JSON.stringify(generated.timings)}`);

    // Pure computation at the issue's size (2,000 cases, 100 jurors) whatever --cases says, before
    // the server takes the cores.
    const confidence = measureConfidence();
    progress(
      `verdict confidence: whole competition ${confidence.wholeMs.mean} ms (mean), one category ${confidence.oneCategoryMs.mean} ms`,
    );

    const recompute = measureRecompute(databasePath, join(dataDir, "recompute.db"), generated.competitionId);
    progress(`recompute: refresh ${recompute.refreshMs} ms, bare SQL ${recompute.bareSqlMs} ms`);

    // Saves need scoring open; publishing locks it for good, so they come first.
    let bench = await BenchServer.start(dataDir);
    const jurors = generated.jurors.filter((juror) => juror.openCaseIds.length > 0);
    progress(`logging in ${jurors.length} jurors`);
    const clients = await logInAll(bench.server.baseUrl, jurors);
    const savesMemory = await bench.memory.during(() =>
      saveRound(
        jurors.map((juror, index) => ({ client: clients[index]!, openCaseIds: juror.openCaseIds })),
        DURATION_SECONDS,
        bench.server.output,
      ),
    );
    const saves = savesMemory.result;
    progress(`saves: ${saves.rps} req/s, p99 ${saves.p99Ms} ms, ${saves.errors} errors, ${saves.non2xx} non-302`);
    const savesPeakMb = bench.highestMb();
    await bench.stop();

    const publishStarted = performance.now();
    let outboxMails = 0;
    try {
      const published = await publishFinalists(databasePath, dataDir, generated.competitionId);
      outboxMails = published.outboxMails;
      report.publication = { timings: published.timings, outboxMails };
    } catch (error) {
      report.publication = { error: error instanceof Error ? error.message : String(error) };
      progress(`publishing the finalists failed: ${String(error)}`);
    }
    progress(`published the finalists in ${Math.round(performance.now() - publishStarted)} ms`);

    bench = await BenchServer.start(dataDir);
    const [chair, entrant, juror] = await logInAll(bench.server.baseUrl, [
      generated.chair,
      generated.entrant,
      generated.juror,
    ]);
    const cookies = { chair: chair!.cookieHeader(), entrant: entrant!.cookieHeader(), juror: juror!.cookieHeader() };
    const idleRssMb = bench.memory.rssMb();
    const rows: PageRow[] = [];
    for (const target of pageTargets(generated, cookies, outboxMails)) rows.push(await measureRound(bench, target));
    const flood = await floodRounds(bench);
    const memory = {
      peakMb: Math.round(Math.max(savesPeakMb, bench.highestMb())),
      /** Resident set of the restarted server before the first page, for scale. */
      idleRssMb,
      savesRiseMb: savesMemory.riseMb,
      heaviest: [...rows]
        .sort((a, b) => (b.memory.riseMb ?? 0) - (a.memory.riseMb ?? 0))
        .slice(0, 3)
        .map((row) => ({ name: row.name, ...row.memory })),
    };
    await bench.stop();

    printSummary(cases, rows, saves, recompute, memory, flood, confidence);
    const floors = rows.map((row) => row.floorRps).sort((a, b) => a - b);
    Object.assign(report, {
      floorRps: floors[Math.floor(floors.length / 2)] ?? 0,
      pages: rows.map(pageJson),
      saves,
      recompute,
      confidence,
      memory,
      loginFlood: flood.map((row) => ({
        name: row.name,
        rps: row.load.rps,
        p50Ms: row.load.p50Ms,
        p99Ms: row.load.p99Ms,
        ratio: row.ratio,
        p50VsIdle: row.p50VsIdle,
        non2xx: row.load.non2xx,
        posts: row.posts,
      })),
      totalSeconds: Math.round((performance.now() - startedAt) / 1000),
    });
    writeArtifact(report);
    console.log(`\nWhole run ${report.totalSeconds as number} s; figures in ${ARTIFACT_PATH}`);
    return 0;
  } finally {
    if (values.keep) progress(`kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
