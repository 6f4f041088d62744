import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { freePort, smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let smtp: SmtpCatcher | null = null;
let mailPort: number;

beforeAll(async () => {
  mailPort = await freePort();
  server = await startTestServer({ env: smtpEnv(mailPort) });
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

describe("result mails when the mail server is down", () => {
  it("publishes anyway, shows which mails failed, and sends them once the server is back", async () => {
    const { chair, competitionId, publish, includeHav } = await createScoredCompetition(server);
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    expect((await publish({ intent: "prepare-finalists", finalistCount: "1", ...includeHav() })).status).toBe(302);

    const published = await publish({ intent: "publish-finalists" });
    expect(published.headers.get("location")).toContain("sent=0&failed=4");
    const page = await pageText(await chair.get(`/chair/publish?competition=${competitionId}`));
    expect(page).toContain("Send de 4 e-postene som ikke er sendt");
    expect(page.match(/Feilet/g)).toHaveLength(4);

    smtp = await startSmtpCatcher(mailPort);
    const resent = await publish({ intent: "resend-finalists" });
    expect(resent.headers.get("location")).toContain("sent=4&failed=0");
    expect(smtp.messages.map((message) => message.subject)).toEqual(
      Array(4).fill(expect.stringContaining("finalistene er kåret")),
    );
    expect(await pageText(await chair.get(`/chair/publish?competition=${competitionId}`))).not.toContain(
      "som ikke er sendt",
    );
    expect((await publish({ intent: "resend-winners" })).status).toBe(409);
  });
});
