import { randomUUID } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ReminderForm } from "#app/components/jury/reminder-form.tsx";
import { Page } from "#app/components/page.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { findCompetitionOrNewest } from "#app/domain/competition-lookup.server.ts";
import { previewReminder, reminderChoice, sendReminder } from "#app/domain/reminders.server.ts";
import { parseReminderRound, reminderSchema } from "#app/forms/reminder-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { previewReminderMail, sendReminderMails } from "#app/utils/jury-mail.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) =>
  pageTitle(matches, (t) => t(loaded?.round === "final" ? "reminders.title.final" : "reminders.title.main"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const searchParams = new URL(request.url).searchParams;
  const competition = orRespond(() => findCompetitionOrNewest(db, optionalId(searchParams.get("competition"))));
  const round = parseReminderRound(searchParams.get("round"));
  if (!competition) return { round, competition: null, choice: null };
  return {
    round,
    competition: { id: competition.id, name: competition.name },
    choice: reminderChoice(db, competition.id, round, new Date()),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const competition = competitionFromForm(formData);
  const submission = parseWithZod(formData, { schema: reminderSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), preview: null }, { status: 400 });
  const { value } = submission;
  const now = new Date();
  try {
    if (value.intent === "preview-reminder") {
      const reminder = previewReminder(db, competition.id, value.round, value.jurorIds, now);
      // A fresh batch key per preview: "send" carries it back, and a second send of it is a no-op.
      const preview = { ...(await previewReminderMail(reminder)), batchKey: randomUUID() };
      return { result: submission.reply(), preview };
    }
    const { reminder, alreadySent } = sendReminder(db, user.id, competition.id, value, now);
    const failed = await sendReminderMails(reminder);
    const outcome: Record<string, string> = alreadySent
      ? { outcome: "alreadyReminded", count: String(alreadySent) }
      : { outcome: "reminded", count: String(reminder.jurors.length - failed), failed: String(failed) };
    return redirect(`/chair/jury?${new URLSearchParams({ competition: String(competition.id), ...outcome })}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result, preview: null }, { status });
  }
}

export default function ChairJuryReminders() {
  const { competition, choice, round } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const title = t(round === "final" ? "reminders.title.final" : "reminders.title.main");
  if (!competition || !choice) {
    return (
      <Page title={title} wide>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  return (
    <Page title={title} wide>
      <p className="mb-4">
        <TextLink to={`/chair/jury?competition=${competition.id}`}>{t("reminders.back")}</TextLink>
      </p>
      {!choice.offered ? (
        <>
          {/* A post refused because the round closed meanwhile says why (the publication that closed it). */}
          {(actionData?.result.error?.[""] ?? []).map((message) => (
            <p key={message} role="alert" className="mb-2 font-semibold text-red-800">
              {message}
            </p>
          ))}
          <p data-testid="reminders-not-offered">{t("reminders.notOffered")}</p>
        </>
      ) : choice.jurors.length === 0 ? (
        <p>{t("reminders.noneUnfinished")}</p>
      ) : (
        <ReminderForm
          competitionId={competition.id}
          round={round}
          deadline={choice.deadline}
          candidates={choice.jurors}
          lastResult={actionData?.result ?? null}
          preview={actionData?.preview ?? null}
        />
      )}
    </Page>
  );
}
