import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignConfirmed,
  auditActions,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  setScoringDeadline,
  sqlRows,
  sqlRun,
} from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import {
  offeredJurors,
  previewReminder,
  reminderPage,
  reminderPath,
  sendFormOf,
  sendPreviewed,
} from "#tests/support/reminders.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: a reminder is previewed before it is sent, goes only to the jurors the chair chose (and
// only to those with sheets left), and each juror's reminders are listed on the jury overview.

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
const jurors: Record<
  "anne" | "bjorn" | "cecilie" | "didrik" | "erik",
  { id: string; email: string; password: string }
> = {} as never;

// 10:30 UTC in January is 11:30 in Oslo: the mail names the deadline in Oslo time.
const DEADLINE = new Date("2030-01-15T10:30:00Z");
const DEADLINE_SHOWN = "15. januar 2030 kl. 11:30";

const FULL_SHEET = {
  scorePromise: "8",
  scoreAnchoring: "6",
  scoreRealisation: "7",
  commentPromise: "Tydelig løfte.",
  commentAnchoring: "Godt forankret.",
  commentRealisation: "Gode målinger.",
  overallComment: "En sterk sak.",
};

const reminderRows = () =>
  sqlRows<{ juror_id: string; round: string; sent_by_id: string }>(
    server.databasePath,
    "SELECT juror_id, round, sent_by_id FROM reminders ORDER BY id",
  );
const remindersAudited = () =>
  auditActions(server.databasePath, "competition", competitionId).filter((action) => action === "reminder.sent").length;
/** Reminder mails written since `from` in the server's log, by address. */
const remindedSince = (from: number) =>
  [
    ...server
      .output()
      .slice(from)
      .matchAll(/Mail to (\S+) \(“(?:Påminnelse|Reminder)/g),
  ].map((match) => match[1]);

beforeAll(async () => {
  server = await startTestServer();
  const chairUser = await createUser(server.databasePath, { role: "chair" });
  chair = await loggedIn(server.baseUrl, chairUser);
  const { competitionId: id, categoryIds } = createOpenCompetition(server.databasePath);
  competitionId = id;
  setScoringDeadline(server.databasePath, competitionId, DEADLINE);
  const cases = ["Svar innen en time", "Et menneske på telefonen", "Pengene tilbake"].map(
    (title) => createSubmittedCase(server.databasePath, { competitionId, categoryId: categoryIds[0], title }).caseId,
  );
  const names = {
    anne: "Anne Aas",
    bjorn: "Bjørn Berg",
    cecilie: "Cecilie Dahl",
    didrik: "Didrik Eng",
    erik: "Erik Fjord",
  };
  for (const [key, name] of Object.entries(names))
    jurors[key as keyof typeof names] = await createUser(server.databasePath, { role: "juror", name });
  // Anne reads the portal in English, so her reminder is written in English.
  sqlRun(server.databasePath, "UPDATE users SET locale = 'en' WHERE id = ?", jurors.anne.id);
  const [first, second, third] = cases as [number, number, number];
  for (const [juror, caseIds] of [
    [jurors.anne, [first, second]],
    [jurors.bjorn, [first, second, third]],
    [jurors.cecilie, [second]],
    [jurors.didrik, [third]],
  ] as const)
    for (const caseId of caseIds) assignConfirmed(server.databasePath, caseId, juror.id);
  // Didrik finishes his one sheet; Erik judges only another year's competition.
  const didrik = await loggedIn(server.baseUrl, jurors.didrik);
  expect((await didrik.post(`/jury/cases/${third}`, { intent: "finalise", ...FULL_SHEET })).status).toBe(302);
  const other = createOpenCompetition(server.databasePath, { year: new Date().getFullYear() + 5 });
  const otherCase = createSubmittedCase(server.databasePath, {
    competitionId: other.competitionId,
    categoryId: other.categoryIds[0],
    title: "En annen konkurranse",
  }).caseId;
  assignConfirmed(server.databasePath, otherCase, jurors.erik.id);
});

afterAll(async () => {
  await server?.stop();
});

describe("a reminder to the jury", () => {
  it("offers every juror with unfinished sheets, ticking those behind, and not the juror who is done", async () => {
    const { offered, ticked } = await offeredJurors(chair, competitionId, "main");
    expect(new Set(offered)).toEqual(new Set([jurors.anne.id, jurors.bjorn.id, jurors.cecilie.id]));
    expect(new Set(ticked)).toEqual(new Set(offered));
    const page = await pageText(await reminderPage(chair, competitionId, "main"));
    expect(page).toContain(`Fristen for runden er ${DEADLINE_SHOWN} (norsk tid).`);
    expect(page).toMatch(/Bjørn Berg \( 0 av 3 ferdige \)/);
    expect(page).not.toContain("Didrik Eng");
  });

  it("previews the mail one juror gets and every recipient, and writes and sends nothing", async () => {
    const before = server.output().length;
    const preview = await previewReminder(chair, competitionId, "main", [jurors.bjorn.id, jurors.cecilie.id]);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("2 mottakere");
    expect(text).toContain("Ingenting er sendt ennå.");
    expect(text).toContain("Påminnelse: saker venter på din vurdering");
    expect(text).toContain("Hei Bjørn Berg!");
    expect(text).toContain("Du har ferdigstilt 0 av 3 saker");
    expect(text).toContain(`Fristen for juryen er ${DEADLINE_SHOWN}`);
    expect(text).toContain(`Cecilie Dahl &lt;${jurors.cecilie.email}&gt; · 0 av 1 ferdige · bokmål`);
    expect(text).toContain("Send påminnelsen til 2 jurymedlemmer");
    expect(sendFormOf(html).jurorIds).toEqual([jurors.bjorn.id, jurors.cecilie.id]);

    expect(reminderRows()).toEqual([]);
    expect(remindersAudited()).toBe(0);
    expect(remindedSince(before)).toEqual([]);
  });

  it("writes the preview in the juror's own language", async () => {
    const text = await pageText(await previewReminder(chair, competitionId, "main", [jurors.anne.id]));
    expect(text).toContain("Reminder: cases are waiting for your assessment");
    expect(text).toContain("Hello Anne Aas!");
    expect(text).toContain("You have finalised 0 of 2 cases");
    expect(text).toContain("Send påminnelsen til 1 jurymedlem");
  });

  it("refuses a juror with nothing unfinished, another competition's juror and an unknown id, naming each", async () => {
    const before = server.output().length;
    const refused = await previewReminder(chair, competitionId, "main", [
      jurors.bjorn.id,
      jurors.didrik.id,
      jurors.erik.id,
      "ingen-slik-juror",
    ]);
    expect(refused.status).toBe(400);
    const text = await pageText(refused);
    expect(text).toContain("Didrik Eng har ingen uferdige skjemaer i denne runden.");
    expect(text).toContain("Erik Fjord har ingen saker i denne runden.");
    expect(text).toContain("«ingen-slik-juror» er ikke et jurymedlem i denne konkurransen.");
    expect(text).not.toContain("Forhåndsvisning");

    // Sending them with a key of its own is refused the same way, and nothing is written or sent.
    const sent = await sendPreviewed(chair, competitionId, "main", {
      batchKey: crypto.randomUUID(),
      jurorIds: [jurors.bjorn.id, jurors.erik.id],
    });
    expect(sent.status).toBe(400);
    expect(await pageText(sent)).toContain("Erik Fjord har ingen saker i denne runden.");
    expect(reminderRows()).toEqual([]);
    expect(remindedSince(before)).toEqual([]);
  });

  it("refuses an empty choice with a message", async () => {
    const refused = await previewReminder(chair, competitionId, "main", []);
    expect(refused.status).toBe(400);
    expect(await pageText(refused)).toContain("Velg minst ett jurymedlem.");
  });

  it("is the chair's alone", async () => {
    const juror = await loggedIn(server.baseUrl, jurors.bjorn);
    expect((await juror.get(reminderPath(competitionId, "main"))).status).toBe(403);
    expect((await previewReminder(juror, competitionId, "main", [jurors.bjorn.id])).status).toBe(403);
    const sent = await sendPreviewed(juror, competitionId, "main", {
      batchKey: crypto.randomUUID(),
      jurorIds: [jurors.bjorn.id],
    });
    expect(sent.status).toBe(403);
    expect(reminderRows()).toEqual([]);
  });

  it("sends only to the jurors chosen, once however often the send is posted, and audits it", async () => {
    const before = server.output().length;
    const preview = await previewReminder(chair, competitionId, "main", [jurors.bjorn.id, jurors.cecilie.id]);
    const previewed = sendFormOf(await preview.text());
    const [first, second] = await Promise.all([
      sendPreviewed(chair, competitionId, "main", previewed),
      sendPreviewed(chair, competitionId, "main", previewed),
    ]);
    const third = await sendPreviewed(chair, competitionId, "main", previewed);
    const locations = [first, second, third].map((response) => {
      expect(response.status).toBe(302);
      return response.headers.get("location") ?? "";
    });
    expect(locations.filter((location) => location.includes("outcome=reminded&count=2&failed=0"))).toHaveLength(1);
    expect(locations.filter((location) => location.includes("outcome=alreadyReminded"))).toHaveLength(2);

    expect(remindedSince(before).sort()).toEqual([jurors.bjorn.email, jurors.cecilie.email].sort());
    const chairId = sqlRows<{ id: string }>(server.databasePath, "SELECT id FROM users WHERE role = 'chair'")[0]!.id;
    expect(reminderRows()).toEqual([
      { juror_id: jurors.bjorn.id, round: "main", sent_by_id: chairId },
      { juror_id: jurors.cecilie.id, round: "main", sent_by_id: chairId },
    ]);
    expect(remindersAudited()).toBe(1);

    const overview = await pageText(
      await chair.get(`/chair/jury?competition=${competitionId}&outcome=reminded&count=2`),
    );
    expect(overview).toContain("Påminnelse er sendt til 2 jurymedlemmer.");
  });

  it("shows each juror's reminders on the jury overview, in Oslo time", async () => {
    // A second reminder to Bjørn; then both of his are moved to known instants (summer time in Oslo).
    const preview = await previewReminder(chair, competitionId, "main", [jurors.bjorn.id]);
    expect((await sendPreviewed(chair, competitionId, "main", sendFormOf(await preview.text()))).status).toBe(302);
    const bjornsReminders = sqlRows<{ id: number }>(
      server.databasePath,
      "SELECT id FROM reminders WHERE juror_id = ? ORDER BY id",
      jurors.bjorn.id,
    );
    sqlRun(
      server.databasePath,
      "UPDATE reminders SET sent_at = ? WHERE id = ?",
      Date.parse("2026-06-01T08:05:00Z"),
      bjornsReminders[0]!.id,
    );
    sqlRun(
      server.databasePath,
      "UPDATE reminders SET sent_at = ? WHERE id = ?",
      Date.parse("2026-06-03T14:45:00Z"),
      bjornsReminders[1]!.id,
    );

    const html = await (await chair.get(`/chair/jury?competition=${competitionId}`)).text();
    const rowOf = (name: string) =>
      pageText(
        new Response(
          /<tr[^>]*data-testid="juror-progress"[^>]*>(?:(?!<\/tr>)[\s\S])*<\/tr>/g.exec(
            html.slice(html.indexOf(name) - 300),
          )?.[0] ?? "",
        ),
      );
    const bjorn = await rowOf("Bjørn Berg");
    expect(bjorn).toContain("3. juni 2026 kl. 16:45 · 2 ganger");
    expect(bjorn).toContain("1. juni 2026 kl. 10:05");
    expect(await rowOf("Cecilie Dahl")).toMatch(/kl\. \d\d:\d\d · 1 gang/);
    expect(await rowOf("Anne Aas")).toContain("Aldri");

    // Sorted by the last reminder, newest first: Cecilie (today), Bjørn (June), Anne (never).
    const sorted = await (await chair.get(`/chair/jury?competition=${competitionId}&jsort=reminded&jdir=desc`)).text();
    const order = ["Anne Aas", "Bjørn Berg", "Cecilie Dahl"].sort((a, b) => sorted.indexOf(a) - sorted.indexOf(b));
    expect(order).toEqual(["Cecilie Dahl", "Bjørn Berg", "Anne Aas"]);
  });

  it("is not offered, and refused, once the round is closed", async () => {
    setScoringDeadline(server.databasePath, competitionId, new Date(Date.now() - 60_000));
    try {
      const overview = await pageText(await chair.get(`/chair/jury?competition=${competitionId}`));
      expect(overview).not.toContain("Forbered påminnelse");
      expect(await pageText(await reminderPage(chair, competitionId, "main"))).toContain(
        "Runden er stengt, så juryen kan ikke få påminnelser om den.",
      );
      const refused = await previewReminder(chair, competitionId, "main", [jurors.bjorn.id]);
      expect(refused.status).toBe(403);
    } finally {
      setScoringDeadline(server.databasePath, competitionId, DEADLINE);
    }
  });
});
