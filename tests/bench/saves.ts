// 100 jurors saving their open score sheets at once through the score sheet's own form posts
// (app/routes/jury.cases.$caseId.tsx): most save drafts, one in five finalises and reopens.
import type { BenchLogin } from "./generate.ts";
import { loggedIn, type HttpClient } from "#tests/support/http-client.ts";

type Intent = "save-draft" | "finalise" | "reopen";

export type SaveReport = {
  jurors: number;
  seconds: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Requests that got no answer (connection error or two minutes without one). */
  errors: number;
  /** Answers other than the form's redirect back to the sheet. */
  non2xx: number;
  byIntent: Record<Intent, number>;
  /** Finalise and reopen answered per second: each recomputes the ranking. */
  rankingChangesPerSecond: number;
  statuses: Record<string, number>;
  sqliteBusy: boolean;
};

/** Logs every account in, a few at a time: the Argon2 pool refuses log-ins beyond its queue. */
export async function logInAll(baseUrl: string, logins: BenchLogin[], parallel = 4): Promise<HttpClient[]> {
  const clients: HttpClient[] = new Array<HttpClient>(logins.length);
  let next = 0;
  const worker = async () => {
    while (next < logins.length) {
      const index = next++;
      clients[index] = await loggedIn(baseUrl, logins[index]!);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return clients;
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

function sheetFields(intent: Intent, round: number): Record<string, string> {
  if (intent === "reopen") return { intent };
  const score = (offset: number) => String(1 + ((round + offset) % 10));
  return {
    intent,
    scorePromise: score(0),
    scoreAnchoring: score(3),
    scoreRealisation: intent === "finalise" ? score(6) : "",
    commentPromise: `Utkast ${round}: et konkret løfte.`,
    commentAnchoring: "Godt forankret.",
    commentRealisation: intent === "finalise" ? "Målingene holder." : "",
    overallComment: intent === "finalise" ? "En solid sak." : "",
  };
}

/**
 * Every juror posts to their open sheets for `seconds`, each waiting for its answer before the next
 * post, as a person would; a fifth of them finalise and reopen instead of saving a draft. Posts
 * still running at the end are waited for and counted.
 */
export async function saveRound(
  jurors: { client: HttpClient; openCaseIds: number[] }[],
  seconds: number,
  serverOutput: () => string,
): Promise<SaveReport> {
  // Each juror opens a sheet first, as a person does before saving; the first answers of a freshly
  // started server (code not yet optimised) are not what a juror meets during the scoring weeks.
  await Promise.all(
    jurors.map(async ({ client, openCaseIds }) => {
      if (openCaseIds[0] !== undefined) await (await client.get(`/jury/cases/${openCaseIds[0]}`)).arrayBuffer();
    }),
  );
  const outputBefore = serverOutput().length;
  const latencies: number[] = [];
  const byIntent: Record<Intent, number> = { "save-draft": 0, finalise: 0, reopen: 0 };
  const statuses: Record<string, number> = {};
  let errors = 0;
  let non2xx = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const post = async (client: HttpClient, caseId: number, intent: Intent, round: number) => {
    const sent = performance.now();
    try {
      const response = await client.send(`/jury/cases/${caseId}`, {
        method: "POST",
        body: new URLSearchParams(sheetFields(intent, round)),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: client.baseUrl },
        signal: AbortSignal.timeout(120_000),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status !== 302) non2xx += 1;
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - sent);
    byIntent[intent] += 1;
  };
  await Promise.all(
    jurors.map(async ({ client, openCaseIds }, index) => {
      const finaliser = index % 5 === 0;
      for (let round = 0; performance.now() < end && openCaseIds.length > 0; round += 1) {
        const caseId = openCaseIds[round % openCaseIds.length]!;
        if (finaliser) {
          await post(client, caseId, "finalise", round);
          await post(client, caseId, "reopen", round);
        } else await post(client, caseId, "save-draft", round);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    jurors: jurors.length,
    seconds: Math.round(elapsed * 10) / 10,
    requests: latencies.length,
    rps: Math.round((latencies.length / elapsed) * 10) / 10,
    p50Ms: Math.round(percentile(sorted, 0.5)),
    p99Ms: Math.round(percentile(sorted, 0.99)),
    maxMs: Math.round(sorted.at(-1) ?? 0),
    errors,
    non2xx,
    byIntent,
    rankingChangesPerSecond: Math.round(((byIntent.finalise + byIntent.reopen) / elapsed) * 10) / 10,
    statuses,
    sqliteBusy: /SQLITE_BUSY|database is locked/.test(serverOutput().slice(outputBefore)),
  };
}
