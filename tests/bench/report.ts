// The bench's output: markdown tables on the console (to paste into a note as they are) and the
// same figures in tests/.artifacts/bench.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Load, Probe } from "./measure.ts";

export const ARTIFACT_PATH = resolve(import.meta.dirname, "../.artifacts/bench.json");

export type PageRow = {
  name: string;
  path: string;
  /** req/s of the page divided by req/s of the floor route measured right before it. */
  ratio: number;
  /** Mean of the floor measured right before and right after the page. */
  floorRps: number;
  floorRunsRps: number[];
  single: Probe;
  load: Load;
  /** Resident set before the single requests, their peak and its rise; the peak by the end of the load. */
  memory: { beforeMb: number | null; peakMb: number | null; riseMb: number | null; loadPeakMb: number | null };
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} B`;
}

const mb = (value: number | null) => (value === null ? "–" : value.toFixed(0));

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function pageTable(rows: PageRow[]): string {
  return markdownTable(
    ["page", "conn", "req/s", "p50 ms", "p99 ms", "errors / non-2xx", "bytes", "ratio", "1 request", "memory rise MB"],
    rows.map((row) => [
      row.name,
      row.load.connections,
      row.load.rps,
      row.load.p50Ms,
      row.load.p99Ms,
      `${row.load.errors} / ${row.load.non2xx}${row.single.status !== 200 ? ` (HTTP ${row.single.status})` : ""}`,
      `${formatBytes(row.single.bytes)}${row.single.encoding ? ` ${row.single.encoding}` : ""}`,
      row.ratio.toFixed(3),
      `${row.single.ms} ms`,
      mb(row.memory.riseMb),
    ]),
  );
}

export function pageJson(row: PageRow) {
  return {
    name: row.name,
    path: row.path,
    rps: row.load.rps,
    ratio: row.ratio,
    floorRps: row.floorRps,
    floorRunsRps: row.floorRunsRps,
    p50Ms: row.load.p50Ms,
    p99Ms: row.load.p99Ms,
    bytes: row.single.bytes,
    encoding: row.single.encoding,
    status: row.single.status,
    errors: row.load.errors,
    timeouts: row.load.timeouts,
    non2xx: row.load.non2xx,
    connections: row.load.connections,
    requests: row.load.requests,
    singleRequestMs: row.single.ms,
    memory: row.memory,
    note: row.load.note,
  };
}

export function writeArtifact(report: Record<string, unknown>): void {
  mkdirSync(dirname(ARTIFACT_PATH), { recursive: true });
  writeFileSync(ARTIFACT_PATH, `${JSON.stringify(report, null, 2)}\n`);
}
