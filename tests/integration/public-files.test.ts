import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let client: HttpClient;

beforeAll(async () => {
  server = await startTestServer();
  client = new HttpClient(server.baseUrl);
});

afterAll(async () => {
  await server?.stop();
});

function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

describe("files in public/", () => {
  it("robots.txt keeps the private areas out of search engines and leaves the results public", async () => {
    const response = await client.get("/robots.txt");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const lines = (await response.text()).split("\n").map((line) => line.trim());
    expect(lines).toContain("User-agent: *");
    for (const path of ["/entrant", "/jury", "/chair", "/invitations/", "/setup", "/login", "/register", "/api/"]) {
      expect(lines).toContain(`Disallow: ${path}`);
    }
    expect(lines.filter((line) => line.startsWith("Disallow: /results"))).toEqual([]);
  });

  it("serves the favicon as SVG, and every page names it", async () => {
    const response = await client.get("/favicon.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toContain("<svg");
    const landing = await (await client.get("/")).text();
    expect(landing).toMatch(/<link rel="icon" type="image\/svg\+xml" href="\/favicon.svg"\/>/);
  });
});

describe("page titles", () => {
  it("name the page in the visitor's language", async () => {
    const visitor = new HttpClient(server.baseUrl);
    expect(titleOf(await (await visitor.get("/login")).text())).toBe("Logg inn – Kundeservice Awards");
    expect(titleOf(await (await visitor.get("/register")).text())).toBe("Registrer bedriften – Kundeservice Awards");
    expect(titleOf(await (await visitor.get("/finnes-ikke")).text())).toBe("Siden finnes ikke – Kundeservice Awards");

    expect((await visitor.post("/language", { locale: "en", redirectTo: "/login" })).status).toBe(302);
    expect(titleOf(await (await visitor.get("/login")).text())).toBe("Log in – Kundeservice Awards");
    expect(titleOf(await (await visitor.get("/register")).text())).toBe("Register your company – Kundeservice Awards");
  });
});
