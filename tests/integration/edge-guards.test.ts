import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createUser, SAMPLE_FILES, uniqueEmail } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { rawRequest } from "#tests/support/raw-http.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// What the server itself answers before a route runs: cross-site posts, security headers, redirect
// targets, the address in mailed links, and what the request log may contain.

let smtp: SmtpCatcher;
let server: TestServer;
let chair: HttpClient;
let entrant: HttpClient;
let categoryId: number;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  server = await startTestServer({ env: { ...smtpEnv(smtp), LOG_REQUESTS: "true", TRUST_PROXY: "true" } });
  categoryId = createOpenCompetition(server.databasePath).categoryIds[0];
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const form = "application/x-www-form-urlencoded";

describe("cross-site requests", () => {
  it("refuses a post from another origin with 403 and a clear page, and logs no stack trace", async () => {
    const before = server.output().length;
    for (const origin of ["https://evil.example", "null", "not a url", "http://localhost.evil.example"]) {
      const response = await rawRequest(server.baseUrl, {
        method: "POST",
        path: "/login",
        headers: { "Content-Type": form, Origin: origin, Cookie: "lang=en" },
        body: "email=a%40b.no&password=x",
      });
      expect(response.status, origin).toBe(403);
      expect(await pageText(new Response(response.body))).toContain("came from another site");
    }
    expect(server.output().slice(before)).not.toMatch(/Error|at .*\.js:\d+/);
  });

  it("refuses a post the browser marks as cross-site even without an Origin", async () => {
    const response = await rawRequest(server.baseUrl, {
      method: "POST",
      path: "/logout",
      headers: { "Content-Type": form, "Sec-Fetch-Site": "cross-site", Cookie: chair.cookieHeader() },
      body: "",
    });
    expect(response.status).toBe(403);
    expect(await pageText(new Response(response.body))).toContain("kom fra et annet nettsted");
    expect((await chair.get("/chair")).status).toBe(200); // still logged in
  });

  it("lets same-origin posts, posts without an Origin, and cross-site page views through", async () => {
    const sameOrigin = await new HttpClient(server.baseUrl).post("/login", { email: "x@y.no", password: "feil" });
    expect(sameOrigin.status).toBe(400);
    const noOrigin = await rawRequest(server.baseUrl, {
      method: "POST",
      path: "/login",
      headers: { "Content-Type": form, "Sec-Fetch-Site": "same-origin" },
      body: "email=x%40y.no&password=feil",
    });
    expect(noOrigin.status).toBe(400);
    const view = await rawRequest(server.baseUrl, {
      path: "/",
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    });
    expect(view.status).toBe(200);
  });
});

describe("redirect targets", () => {
  it("never leaves the site after log-in, whatever redirectTo holds", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    for (const redirectTo of ["/\t/evil.example/phish", "//evil.example", "/\\evil.example", "https://evil.example"]) {
      const client = new HttpClient(server.baseUrl);
      const response = await client.post("/login", { ...user, redirectTo });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      const location = response.headers.get("location")!;
      expect(new URL(location, server.baseUrl).origin, JSON.stringify(redirectTo)).toBe(server.baseUrl);
      expect(location, JSON.stringify(redirectTo)).toBe("/entrant");
    }
  });

  it("follows a newline in the language switch's redirectTo to a safe page, not a 500", async () => {
    const response = await new HttpClient(server.baseUrl).post("/language", {
      locale: "en",
      redirectTo: "/login\r\nSet-Cookie: evil=1",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.getSetCookie().join()).not.toContain("evil");
  });
});

describe("security headers", () => {
  it("sends a CSP whose nonce is on every script of the page, and no inline-script allowance", async () => {
    const response = await new HttpClient(server.baseUrl).get("/login");
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const again = (await new HttpClient(server.baseUrl).get("/login")).headers.get("content-security-policy")!;
    expect(again).not.toContain(nonce!);
  });

  it("sends HSTS only when the request came over HTTPS", async () => {
    const plain = await rawRequest(server.baseUrl, { path: "/" });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    const tls = await rawRequest(server.baseUrl, { path: "/", headers: { "X-Forwarded-Proto": "https" } });
    expect(tls.headers["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  });

  it("marks signed-in pages and data as no-store, and leaves public pages and assets cacheable", async () => {
    expect((await chair.get("/chair")).headers.get("cache-control")).toBe("no-store");
    expect((await chair.get("/chair.data")).headers.get("cache-control")).toBe("no-store");
    expect((await chair.get("/")).headers.get("cache-control")).toBe("no-store");
    const anonymous = await new HttpClient(server.baseUrl).get("/");
    expect(anonymous.headers.get("cache-control")).toBeNull();
    const asset = /\/assets\/[\w-]+\.css/.exec(await anonymous.text())![0];
    expect((await chair.get(asset)).headers.get("cache-control")).toContain("immutable");
  });

  it("sends nosniff exactly once on an attachment", async () => {
    const created = await entrant.post("/entrant/cases/new", { categoryId: String(categoryId), title: "Vedlegg" });
    const path = created.headers.get("location")!;
    const version = /name="version" value="(\d+)"/.exec(await (await entrant.get(path)).text())![1]!;
    await entrant.postMultipart(
      path,
      { intent: "upload", version, categoryId: String(categoryId), title: "Vedlegg" },
      { field: "file", name: "rapport.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf },
    );
    const href = /\/cases\/\d+\/attachments\/\d+/.exec(await (await entrant.get(path)).text())![0];
    const download = await rawRequest(server.baseUrl, { path: href, headers: { Cookie: entrant.cookieHeader() } });
    expect(download.status).toBe(200);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["cache-control"]).toBe("private, no-store");
  });
});

describe("links in mail and the request log", () => {
  it("says at start-up where mailed links point when PUBLIC_URL is unset", () => {
    expect(server.output()).toContain(`PUBLIC_URL is not set: links in mails point to ${server.baseUrl}`);
  });

  it("mails an invitation link to this server, whatever Host the chair's request carried", async () => {
    const email = uniqueEmail("jury");
    const before = smtp.messages.length;
    const response = await rawRequest(server.baseUrl, {
      method: "POST",
      path: "/chair/jurors",
      headers: {
        "Content-Type": form,
        Host: "evil.example",
        "X-Forwarded-Host": "evil.example",
        Cookie: chair.cookieHeader(),
      },
      body: new URLSearchParams({ intent: "invite", email }).toString(),
    });
    expect(response.status).toBe(302);
    const mail = await smtp.nextTo(email, before);
    expect(mail.text).toContain(`${server.baseUrl}/invitations/`);
    expect(mail.text).not.toContain("evil.example");

    const token = /\/invitations\/([\w-]+)/.exec(mail.text ?? "")![1]!;
    await new HttpClient(server.baseUrl).get(`/invitations/${token}`);
    await new HttpClient(server.baseUrl).get(`/reset-password/${token}?from=mail`);
    await new HttpClient(server.baseUrl).get(`/setup?token=${token}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = server.output();
    expect(log).toContain("GET /invitations/[token] ");
    expect(log).toContain("GET /reset-password/[token]?from=mail ");
    expect(log).toContain("GET /setup?token=[token] ");
    expect(log).not.toContain(token);
  });
});
