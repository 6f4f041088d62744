import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoLogin, publishDemoFinalists, seedScoredDemo } from "#tests/support/demo.ts";
import { loggedIn, type HttpClient } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// How answers travel: compressed when the client says it can read that, built files sent as
// compressed at build time and cached for good, and a render that takes too long answered as an error.

type Answer = { status: number; headers: IncomingHttpHeaders; bytes: Buffer; text: string };

/** A GET with exactly these headers (fetch() would ask for compression and undo it unseen). */
function get(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        const plain = encoding === "br" ? brotliDecompressSync(bytes) : encoding === "gzip" ? gunzipSync(bytes) : bytes;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes, text: plain.toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end();
  });
}

const BR = { "Accept-Encoding": "gzip, deflate, br" };
const GZIP = { "Accept-Encoding": "gzip" };
/** The nonce differs per response; everything else of a page must decompress to the same text. */
const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

let server: TestServer;
let chair: HttpClient;
let year: number;
let competitionId: string;

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, demoLogin(seedScoredDemo(server), "chair"));
  ({ year, competitionId } = await publishDemoFinalists(chair, server));
});

afterAll(async () => {
  await server?.stop();
});

describe("compressed answers", () => {
  it("sends a page brotli-compressed when asked, with the same page inside, its nonce and headers intact", async () => {
    const plain = await get(server.baseUrl, `/results/${year}`);
    const compressed = await get(server.baseUrl, `/results/${year}`, BR);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(compressed.status).toBe(200);
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(compressed.headers.vary).toMatch(/Accept-Encoding/i);
    expect(compressed.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(withoutNonce(compressed.text)).toBe(withoutNonce(plain.text));
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(String(compressed.headers["content-security-policy"]))?.[1];
    expect(nonce).toBeTruthy();
    expect(compressed.text).toContain(`nonce="${nonce}"`);
    expect(compressed.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("uses gzip for a client that reads no brotli, and nothing for one that names no encoding", async () => {
    const gzipped = await get(server.baseUrl, "/login", GZIP);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.text).toContain("<!DOCTYPE html>");
    const identity = await get(server.baseUrl, "/login", { "Accept-Encoding": "identity" });
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.text).toContain("<!DOCTYPE html>");
  });

  it("compresses JSON and a signed-in chair's page and CSV, keeping no-store on what is someone's own", async () => {
    const json = await get(server.baseUrl, `/api/results/${year}`, BR);
    expect(json.headers["content-encoding"]).toBe("br");
    expect(json.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(json.text)).toEqual(await (await fetch(`${server.baseUrl}/api/results/${year}`)).json());

    const cookie = { Cookie: chair.cookieHeader() };
    const ranking = await get(server.baseUrl, "/chair/ranking", { ...BR, ...cookie });
    expect(ranking.status).toBe(200);
    expect(ranking.headers["content-encoding"]).toBe("br");
    expect(ranking.headers["cache-control"]).toBe("no-store");
    const data = await get(server.baseUrl, "/chair/ranking.data", { ...BR, ...cookie });
    expect(data.headers["content-encoding"]).toBe("br");
    expect(data.headers["cache-control"]).toBe("no-store");

    const csv = await get(server.baseUrl, `/chair/ranking.csv?competition=${competitionId}`, { ...BR, ...cookie });
    const plainCsv = await get(server.baseUrl, `/chair/ranking.csv?competition=${competitionId}`, cookie);
    expect(csv.headers["content-encoding"]).toBe("br");
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.text).toBe(plainCsv.text);
  });
});

describe("built files", () => {
  it("sends scripts and styles as compressed at build time, cached for good, with our security headers", async () => {
    const page = (await get(server.baseUrl, "/")).text;
    const script = /"(\/assets\/entry\.client-[^"]+\.js)"/.exec(page)?.[1];
    const style = /href="(\/assets\/[^"]+\.css)"/.exec(page)?.[1];
    expect(script && style).toBeTruthy();
    for (const path of [script!, style!]) {
      const plain = await get(server.baseUrl, path);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      for (const [headers, encoding] of [
        [BR, "br"],
        [GZIP, "gzip"],
      ] as const) {
        const answer = await get(server.baseUrl, path, headers);
        expect(answer.status).toBe(200);
        expect(answer.headers["content-encoding"]).toBe(encoding);
        expect(answer.headers["content-type"]).toMatch(path.endsWith(".js") ? /^text\/javascript/ : /^text\/css/);
        expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        expect(answer.headers.vary).toBe("Accept-Encoding");
        expect(answer.headers["content-security-policy"]).toMatch(/^default-src 'self'/);
        expect(answer.headers["x-content-type-options"]).toBe("nosniff");
        expect(answer.bytes.length).toBeLessThan(plain.bytes.length / 2);
        expect(answer.text).toBe(plain.text);
      }
    }
  });
});

describe("a render that takes too long", () => {
  let slow: TestServer;
  beforeAll(async () => {
    // No page renders in 0 ms: every render times out, as one stuck or queued too long would. Whether
    // its shell was sent by then is up to timing, so both answers are accepted below.
    slow = await startTestServer({ env: { RENDER_TIMEOUT_MS: "0" } });
  });
  afterAll(async () => {
    await slow?.stop();
  });

  it("is answered 503 with a page that says so, or has its connection cut, and is logged with its URL", async () => {
    const paths = ["/login?redirectTo=%2Fjury", "/", "/register", `/results/${year}`];
    for (const [index, path] of paths.entries()) {
      const lang = index % 2 ? "nb" : "en";
      const answer = await get(slow.baseUrl, path, { ...BR, Cookie: `lang=${lang}` }).catch((error: Error) => error);
      if (answer instanceof Error) {
        // Cut before or while the page arrived: the client knows it got no page.
        expect(answer.message).toMatch(/socket hang up|aborted|ECONNRESET/);
        expect(slow.output()).toContain(
          `Render timed out after 0 ms: GET ${path}; the page was partly sent, so its connection was cut`,
        );
        continue;
      }
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toBe("10");
      expect(answer.headers["cache-control"]).toBe("no-store");
      expect(answer.headers["content-security-policy"]).toMatch(/^default-src 'self'/);
      expect(answer.text).toContain(`<html lang="${lang}">`);
      expect(answer.text).toContain(
        lang === "en" ? "<h1>The page took too long</h1>" : "<h1>Siden tok for lang tid</h1>",
      );
      expect(slow.output()).toContain(`Render timed out after 0 ms: GET ${path}; answered with an error page`);
    }
    expect(slow.output().match(/Render timed out/g)).toHaveLength(paths.length); // once each
    expect(slow.output()).not.toMatch(/\n\s+at /); // a line that says what happened, no stack trace
  });
});
