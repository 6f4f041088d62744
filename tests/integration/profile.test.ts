import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_MAX_FAILURES } from "#app/domain/login-throttle.ts";
import { auditActions, createUser, TEST_PASSWORD, uniqueEmail } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
const NEW_PASSWORD = "tre grønne trikker på rad";

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

describe("profile page", () => {
  it("is there for every role, linked from the header, and asks anonymous visitors to log in", async () => {
    for (const role of ["entrant", "juror", "chair"] as const) {
      const user = await createUser(server.databasePath, { role, name: `Profil ${role}` });
      const browser = await loggedIn(server.baseUrl, user);
      const page = await browser.get("/profile");
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('href="/profile"');
      expect(html).toContain(user.email);
      expect(html).toContain("<title>Profil – Kundeservice Awards</title>");
    }
    const anonymous = await new HttpClient(server.baseUrl).get("/profile");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/login?redirectTo=%2Fprofile");
  });
});

describe("changing the password", () => {
  it("needs the right current password, then ends the other sessions and keeps this one", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const here = await loggedIn(server.baseUrl, user);
    const elsewhere = await loggedIn(server.baseUrl, user);

    const wrong = await here.post("/profile", {
      intent: "change-password",
      currentPassword: "ikke mitt passord",
      password: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    const wrongText = await pageText(wrong);
    expect(wrongText).toContain("Nåværende passord er feil.");
    expect(wrongText).not.toContain("ikke mitt passord");
    expect((await elsewhere.get("/entrant")).status).toBe(200);

    const changed = await here.post("/profile", {
      intent: "change-password",
      currentPassword: TEST_PASSWORD,
      password: NEW_PASSWORD,
    });
    expect(changed.status).toBe(302);
    expect(changed.headers.get("location")).toBe("/profile?outcome=password-changed");
    expect(await pageText(await here.get("/profile?outcome=password-changed"))).toContain("Passordet er byttet.");
    expect((await here.get("/entrant")).status).toBe(200);
    expect((await elsewhere.get("/entrant")).status).toBe(302);

    expect((await new HttpClient(server.baseUrl).post("/login", user)).status).toBe(400);
    expect((await new HttpClient(server.baseUrl).post("/login", { ...user, password: NEW_PASSWORD })).status).toBe(302);
    expect(auditActions(server.databasePath, "user", user.id)).toEqual(["account.password-changed"]);
  });

  it("counts wrong current passwords like failed log-ins and locks after the limit", async () => {
    const user = await createUser(server.databasePath, { role: "juror" });
    const browser = await loggedIn(server.baseUrl, user);
    for (let n = 0; n < LOGIN_MAX_FAILURES; n += 1) {
      const response = await browser.post("/profile", {
        intent: "change-password",
        currentPassword: `feil gjetning ${n}`,
        password: NEW_PASSWORD,
      });
      expect(response.status).toBe(400);
    }
    const locked = await browser.post("/profile", {
      intent: "change-password",
      currentPassword: TEST_PASSWORD,
      password: NEW_PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(await pageText(locked)).toContain("For mange mislykkede forsøk");
  });

  it("refuses a weak new password with the reason in the reader's language", async () => {
    const user = await createUser(server.databasePath, {
      role: "chair",
      email: uniqueEmail("ingrid.solberg"),
      name: "Ingrid Solberg",
    });
    const browser = await loggedIn(server.baseUrl, user);
    const weak = await browser.post("/profile", {
      intent: "change-password",
      currentPassword: TEST_PASSWORD,
      password: "IngridSolberg1",
    });
    expect(weak.status).toBe(400);
    expect(await pageText(weak)).toContain(
      "Passordet bygger på navnet ditt, e-postadressen eller ord fra Kundeservice Awards.",
    );

    await browser.post("/language", { locale: "en", redirectTo: "/profile" });
    const weakEnglish = await browser.post("/profile", {
      intent: "change-password",
      currentPassword: TEST_PASSWORD,
      password: "password123456",
    });
    expect(weakEnglish.status).toBe(400);
    const text = await pageText(weakEnglish);
    expect(text).toContain("This password is too easy to guess.");
    expect(text).toContain("Please correct the form before sending it:");
  });

  it("refuses a new password equal to the current one, and an empty form, without a 500", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const browser = await loggedIn(server.baseUrl, user);
    const same = await browser.post("/profile", {
      intent: "change-password",
      currentPassword: TEST_PASSWORD,
      password: TEST_PASSWORD,
    });
    expect(same.status).toBe(400);
    expect(await pageText(same)).toContain("Det nye passordet må være et annet enn det du har nå.");
    expect((await browser.post("/profile", {})).status).toBe(400);
    expect((await browser.post("/profile", { intent: "something-else" })).status).toBe(400);
  });
});

describe("log out everywhere", () => {
  it("ends every session, this one and another browser's, and says so on the login page", async () => {
    const user = await createUser(server.databasePath, { role: "juror" });
    const here = await loggedIn(server.baseUrl, user);
    const elsewhere = await loggedIn(server.baseUrl, user);
    expect((await elsewhere.get("/jury")).status).toBe(200);

    const response = await here.post("/profile", { intent: "log-out-everywhere" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/login?notice=logged-out-everywhere");
    expect(await pageText(await here.get("/login?notice=logged-out-everywhere"))).toContain(
      "Du er logget ut på alle enheter.",
    );
    expect((await here.get("/jury")).status).toBe(302);
    expect((await elsewhere.get("/jury")).status).toBe(302);
    expect(auditActions(server.databasePath, "user", user.id)).toEqual(["account.logged-out-everywhere"]);
    expect((await new HttpClient(server.baseUrl).post("/login", user)).status).toBe(302);
  });
});
