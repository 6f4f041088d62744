import { pageText, type HttpClient } from "./http-client.ts";

export const REMINDERS_PATH = "/chair/jury/reminders";

type Round = "main" | "final";

/** The reminder page's address; its forms post back to it, as a browser posts a form without an action. */
export const reminderPath = (competitionId: number, round: Round) =>
  `${REMINDERS_PATH}?competition=${competitionId}&round=${round}`;

/** The reminder page of a round, as the chair opens it from the jury overview. */
export function reminderPage(chair: HttpClient, competitionId: number, round: Round): Promise<Response> {
  return chair.get(reminderPath(competitionId, round));
}

/** The juror ids the page offers, and which of them it ticks, as a browser would read the boxes. */
export async function offeredJurors(chair: HttpClient, competitionId: number, round: Round) {
  const html = await (await reminderPage(chair, competitionId, round)).text();
  const boxes = [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)]
    .filter(([tag]) => tag.includes('name="jurorIds"'))
    .map(([tag]) => ({ id: / value="([^"]+)"/.exec(tag)?.[1], checked: / checked=""/.test(tag) }))
    .filter((box): box is { id: string; checked: boolean } => box.id !== undefined);
  return { offered: boxes.map((box) => box.id), ticked: boxes.filter((box) => box.checked).map((box) => box.id) };
}

export function previewReminder(chair: HttpClient, competitionId: number, round: Round, jurorIds: string[]) {
  return chair.post(reminderPath(competitionId, round), {
    intent: "preview-reminder",
    competitionId: String(competitionId),
    round,
    jurorIds,
  });
}

/** The preview's send form: its batch key and the recipients it carries. */
export function sendFormOf(html: string): { batchKey: string; jurorIds: string[] } {
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*name="batchKey"[\s\S]*?<\/form>/.exec(html)?.[0];
  const batchKey = form && /<input[^>]*name="batchKey"[^>]*value="([^"]+)"/.exec(form)?.[1];
  if (!form || !batchKey)
    throw new Error(`The preview has no send form: ${html.slice(html.indexOf("<main"), html.indexOf("<main") + 3000)}`);
  const jurorIds = [...form.matchAll(/<input[^>]*name="jurorIds"[^>]*>/g)].map(
    ([tag]) => / value="([^"]+)"/.exec(tag)![1]!,
  );
  return { batchKey, jurorIds };
}

/** Presses "send" on a preview, as its send form posts it. */
export function sendPreviewed(
  chair: HttpClient,
  competitionId: number,
  round: Round,
  previewed: { batchKey: string; jurorIds: string[] },
) {
  return chair.post(reminderPath(competitionId, round), {
    intent: "send-reminder",
    competitionId: String(competitionId),
    round,
    ...previewed,
  });
}

/**
 * The whole reminder as a chair without JavaScript does it: open the page, keep its ticks (or tick
 * `jurorIds`), preview, send. Returns the send's response (a redirect to the jury overview).
 */
export async function remindJurors(chair: HttpClient, competitionId: number, round: Round, jurorIds?: string[]) {
  const chosen = jurorIds ?? (await offeredJurors(chair, competitionId, round)).ticked;
  const preview = await previewReminder(chair, competitionId, round, chosen);
  if (preview.status !== 200)
    throw new Error(`The reminder preview answered ${preview.status}: ${(await pageText(preview)).slice(0, 2000)}`);
  return sendPreviewed(chair, competitionId, round, sendFormOf(await preview.text()));
}
