import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createUser,
  mailedVerificationPath,
  sqlRun,
  TEST_PASSWORD,
  uniqueEmail,
  VALID_ORG_NUMBERS,
} from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

function registration(overrides: Record<string, string> = {}) {
  return {
    organisationName: "Fjordkraft Kundesenter",
    orgNumber: VALID_ORG_NUMBERS[1],
    name: "Kari Nordmann",
    email: uniqueEmail("kari", "fjordkraft-test.no"),
    password: TEST_PASSWORD,
    ...overrides,
  };
}

describe("first run", () => {
  it("prints a one-time setup link that creates the chair, then /setup is gone", async () => {
    expect(server.setupUrl).toMatch(/\/setup\?token=[\w-]{20,}$/);
    const setupPath = new URL(server.setupUrl!).pathname + new URL(server.setupUrl!).search;
    const token = new URL(server.setupUrl!).searchParams.get("token")!;
    const client = new HttpClient(server.baseUrl);

    expect((await client.get("/setup?token=wrong-token")).status).toBe(404);
    const page = await client.get(setupPath);
    expect(page.status).toBe(200);
    expect(await pageText(page)).toContain("Opprett juryleder");

    const tooShort = await client.post(setupPath, {
      token,
      name: "Jury Leder",
      email: "leder@anfo.no",
      password: "kort",
    });
    expect(tooShort.status).toBe(400);
    expect(await pageText(tooShort)).toContain("Passordet må ha minst 10 tegn.");

    const created = await client.post(setupPath, {
      token,
      name: "Jury Leder",
      email: "leder@anfo.no",
      password: TEST_PASSWORD,
    });
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/chair");
    const chairPage = await client.get("/chair");
    expect(chairPage.status).toBe(200);
    expect(await pageText(chairPage)).toContain("Juryleder");

    expect((await new HttpClient(server.baseUrl).get(setupPath)).status).toBe(404);
    const again = await new HttpClient(server.baseUrl).post(setupPath, {
      token,
      name: "Second",
      email: "x@anfo.no",
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(404);
  });
});

describe("landing page", () => {
  it("is Norwegian, explains the three steps and says no competition is open", async () => {
    const response = await new HttpClient(server.baseUrl).get("/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain("Serviceløftet");
    expect(html).toContain("Forankring");
    expect(html).toContain("Realisering");
    expect(html).toContain("Ingen konkurranse er åpen for innsending akkurat nå.");
  });

  it("switches to English and remembers it in a cookie", async () => {
    const client = new HttpClient(server.baseUrl);
    const switched = await client.post("/language", { locale: "en", redirectTo: "/login" });
    expect(switched.status).toBe(302);
    expect(switched.headers.get("location")).toBe("/login");
    const html = await (await client.get("/login")).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Log in");
  });

  it("opens in the language the account last chose, from any browser", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    sqlRun(server.databasePath, "UPDATE users SET locale = 'en' WHERE id = ?", user.id);
    const client = await loggedIn(server.baseUrl, user);
    const html = await (await client.get("/entrant")).text();
    expect(html).toContain('<html lang="en">');
  });

  it("answers an unknown address with a Norwegian 404 page", async () => {
    const response = await new HttpClient(server.baseUrl).get("/finnes-ikke");
    expect(response.status).toBe(404);
    expect(await pageText(response)).toContain("Siden finnes ikke");
  });

  it("sends security headers and caches hashed assets for good", async () => {
    const response = await new HttpClient(server.baseUrl).get("/");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const cssPath = /href="(\/assets\/[^"]+\.css)"/.exec(await response.text())?.[1];
    expect(cssPath).toBeDefined();
    const css = await new HttpClient(server.baseUrl).get(cssPath!);
    expect(css.status).toBe(200);
    expect(css.headers.get("cache-control")).toContain("immutable");
  });
});

describe("registration", () => {
  it("creates the entrant and organisation, signs them in and shows their page", async () => {
    const client = new HttpClient(server.baseUrl);
    const fields = registration({ orgNumber: "923 609 016", organisationName: "Equinor Kundeservice" });
    const response = await client.post("/register", fields);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/entrant");
    const cookie = response.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/awards_session=\w+/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Issue 11: the page opens once the mailed link has proven the address.
    expect((await client.get(await mailedVerificationPath(server.dataDir, fields.email))).status).toBe(302);
    const page = await pageText(await client.get("/entrant"));
    expect(page).toContain("Equinor Kundeservice");
    expect(page).toContain("Org.nr. 923 609 016");
  });

  it("refuses a bad organisation number and a short password next to the fields, keeping what was typed", async () => {
    const client = new HttpClient(server.baseUrl);
    const response = await client.post(
      "/register",
      registration({ orgNumber: "123456789", password: "hemmelig", name: "Ola Ærlig Øst" }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Organisasjonsnummeret må ha ni siffer og et gyldig kontrollsiffer");
    expect(html).toContain("Passordet må ha minst 10 tegn.");
    expect(html).toContain('value="Ola Ærlig Øst"');
    expect(html).toContain('value="Fjordkraft Kundesenter"');
    expect(html).toContain('value="123456789"');
    expect(html).not.toContain("hemmelig");
  });

  it("answers an empty form with a message on every field, not a server error", async () => {
    const response = await new HttpClient(server.baseUrl).post("/register", {});
    expect(response.status).toBe(400);
    const text = await pageText(response);
    // Issue 14: each message under its field and again in the error summary at the top.
    expect(text.match(/Fyll ut feltet\./g)?.length).toBe(10);
  });

  it("refuses a second account with the same e-mail and says to log in instead", async () => {
    const email = uniqueEmail("dupe", "dupe-test.no");
    const first = await new HttpClient(server.baseUrl).post(
      "/register",
      registration({ email, orgNumber: VALID_ORG_NUMBERS[2] }),
    );
    expect(first.status).toBe(302);
    const second = await new HttpClient(server.baseUrl).post(
      "/register",
      registration({ email: email.toUpperCase(), orgNumber: VALID_ORG_NUMBERS[3] }),
    );
    expect(second.status).toBe(400);
    expect(await pageText(second)).toContain("Det finnes allerede en konto med denne e-postadressen.");
  });

  // Issue 11 changed this on purpose: the e-mail domain no longer lets anyone in. Every later
  // registrant of a number, on the domain or not, asks to join (tests/integration/account-trust.test.ts).
  it("takes a colleague on the company's e-mail domain and an outsider alike as requests to join", async () => {
    const orgNumber = "974760673";
    const founder = await new HttpClient(server.baseUrl).post(
      "/register",
      registration({ orgNumber, email: uniqueEmail("a", "kundebanken.no") }),
    );
    expect(founder.status).toBe(302);
    const colleague = await new HttpClient(server.baseUrl).post(
      "/register",
      registration({ orgNumber, email: uniqueEmail("b", "kundebanken.no") }),
    );
    expect(colleague.status).toBe(302);
    const outsider = await new HttpClient(server.baseUrl).post(
      "/register",
      registration({ orgNumber, email: uniqueEmail("c", "gmail.com") }),
    );
    expect(outsider.status).toBe(302);
  });
});

describe("roles", () => {
  it("sends a visitor who is not signed in to the login page and back afterwards", async () => {
    const client = new HttpClient(server.baseUrl);
    const response = await client.get("/entrant");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/login?redirectTo=%2Fentrant");
  });

  it("refuses an entrant on the chair's and the jury's pages without showing them", async () => {
    const client = new HttpClient(server.baseUrl);
    const user = await createUser(server.databasePath, { role: "entrant" });
    await client.post("/login", { email: user.email, password: user.password });
    const chairPage = await client.get("/chair");
    expect(chairPage.status).toBe(403);
    const text = await pageText(chairPage);
    expect(text).toContain("Ingen tilgang");
    expect(text).not.toContain("Konkurranser");
    expect((await client.get("/jury")).status).toBe(403);
    expect((await client.get("/entrant")).status).toBe(200);
  });

  it("lets a juror reach the jury page but not the chair's or an entrant's", async () => {
    const client = new HttpClient(server.baseUrl);
    const juror = await createUser(server.databasePath, { role: "juror" });
    const login = await client.post("/login", { email: juror.email, password: juror.password });
    expect(login.headers.get("location")).toBe("/jury");
    expect((await client.get("/jury")).status).toBe(200);
    expect((await client.get("/chair")).status).toBe(403);
    expect((await client.get("/entrant")).status).toBe(403);
  });
});

describe("login and logout", () => {
  it("returns to the page asked for, but never to another site", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const client = new HttpClient(server.baseUrl);
    const back = await client.post("/login", {
      email: user.email,
      password: user.password,
      redirectTo: "/entrant?tab=1",
    });
    expect(back.headers.get("location")).toBe("/entrant?tab=1");
    const other = new HttpClient(server.baseUrl);
    const evil = await other.post("/login", {
      email: user.email,
      password: user.password,
      redirectTo: "//evil.example/",
    });
    expect(evil.headers.get("location")).toBe("/entrant");
  });

  it("gives a new session on every login and rejects the old cookie after logout", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const first = new HttpClient(server.baseUrl);
    await first.post("/login", { email: user.email, password: user.password });
    const second = new HttpClient(server.baseUrl);
    await second.post("/login", { email: user.email, password: user.password });
    expect(first.cookieHeader()).not.toBe(second.cookieHeader());

    const oldCookie = first.cookieHeader();
    const logout = await first.post("/logout", {});
    expect(logout.status).toBe(302);
    expect(logout.headers.getSetCookie().join()).toMatch(/awards_session=;/);

    const replay = new HttpClient(server.baseUrl);
    replay.setCookieHeader(oldCookie);
    const response = await replay.get("/entrant");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/login");
    expect((await second.get("/entrant")).status).toBe(200);
  });

  it("says only 'wrong e-mail or password' for an unknown e-mail and for a wrong password, keeping the e-mail", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const client = new HttpClient(server.baseUrl);
    const wrongPassword = await client.post("/login", { email: user.email, password: "feil passord her" });
    const unknown = await client.post("/login", { email: uniqueEmail("nobody"), password: "feil passord her" });
    for (const response of [wrongPassword, unknown]) {
      expect(response.status).toBe(400);
      expect(await pageText(response)).toContain("Feil e-post eller passord.");
    }
    const html = await (await client.post("/login", { email: user.email, password: "feil passord her" })).text();
    expect(html).toContain(`value="${user.email}"`);
    expect(html).not.toContain("feil passord her");
  });

  it("refuses the 11th attempt after ten failures, even with the right password, and a restart does not reset it", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const client = new HttpClient(server.baseUrl);
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const response = await client.post("/login", { email: user.email, password: `feil passord ${attempt}` });
      expect(response.status).toBe(400);
    }
    const locked = await client.post("/login", { email: user.email, password: user.password });
    expect(locked.status).toBe(429);
    expect(await pageText(locked)).toMatch(/For mange mislykkede forsøk\. Vent 1[45] minutter før du prøver igjen\./);

    const restarted = await startTestServer({ dataDir: server.dataDir });
    try {
      const afterRestart = await new HttpClient(restarted.baseUrl).post("/login", {
        email: user.email,
        password: user.password,
      });
      expect(afterRestart.status).toBe(429);
    } finally {
      await restarted.stop();
    }
  });
});
