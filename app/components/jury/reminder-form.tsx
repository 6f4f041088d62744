import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import type { ScoringRound } from "#app/domain/jury-states.ts";
import type { Locale } from "#app/domain/locales.ts";
import { REMINDER_INTENTS } from "#app/forms/remind-intents.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { countPhrase } from "#app/i18n/plural.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type ReminderCandidate = { jurorId: string; name: string; done: number; total: number; chosen: boolean };

export type ReminderPreview = {
  recipients: { jurorId: string; name: string; email: string; done: number; total: number; locale: Locale }[];
  sample: { name: string; email: string; locale: Locale; subject: string; text: string } | null;
  /** Sent back with "send": a second post of the same preview finds it already sent. */
  batchKey: string;
};

/** The server's answer to a refused post: what was ticked and the messages ("" for the form's own). */
export type ReminderFormResult = {
  initialValue?: Record<string, unknown> | null;
  error?: Record<string, string[] | null> | null;
};

const FORM_ID = "reminder";
const FIRST_CHOICE = `${FORM_ID}-jurors`;

function postedIds(result: ReminderFormResult | null): string[] | null {
  const posted = result?.initialValue?.jurorIds;
  if (posted === undefined) return result ? [] : null;
  return [posted].flat().filter((id): id is string => typeof id === "string");
}

/**
 * Choose, preview, send. The choice form ticks those behind; "Forhåndsvis" shows the mail the first
 * recipient gets and every recipient, and writes nothing. "Send" posts what the preview showed (the
 * recipients as hidden fields with the preview's batch key), so a choice changed after the preview
 * is previewed again before it goes. Plain fields, checked on the server: works without JavaScript.
 */
export function ReminderForm({
  competitionId,
  round,
  deadline,
  candidates,
  lastResult,
  preview,
}: {
  competitionId: number;
  round: ScoringRound;
  deadline: Date | null;
  candidates: ReminderCandidate[];
  lastResult: ReminderFormResult | null;
  preview: ReminderPreview | null;
}) {
  const { t, locale } = useTranslation();
  const posted = postedIds(lastResult);
  const isChosen = (candidate: ReminderCandidate) => (posted ? posted.includes(candidate.jurorId) : candidate.chosen);
  const errors = lastResult?.error ?? {};
  return (
    <>
      <p className="mb-2 max-w-3xl">{t("reminders.intro")}</p>
      <p className="mb-6" data-testid="reminder-deadline">
        {deadline ? t("reminders.deadline", { deadline: formatDateTime(deadline, locale) }) : t("reminders.noDeadline")}
      </p>
      {/* Keyed by the answer, so the boxes show what was posted rather than the first defaults. */}
      <Form method="post" id={FORM_ID} key={JSON.stringify(posted)} noValidate className="mb-8 flex flex-col gap-4">
        <ErrorSummary
          formId={FORM_ID}
          id={`${FORM_ID}-errors`}
          errors={errors}
          fieldId={() => FIRST_CHOICE}
          order={["jurorIds"]}
        />
        <input type="hidden" name="competitionId" value={competitionId} />
        <input type="hidden" name="round" value={round} />
        <fieldset aria-describedby={`${FORM_ID}-hint`}>
          <legend className="mb-1 font-semibold">{t("reminders.choose")}</legend>
          <p id={`${FORM_ID}-hint`} className="mb-2 text-sm text-ink-muted">
            {t("reminders.chooseHint")}
          </p>
          <ul className="flex flex-col gap-1">
            {candidates.map((candidate, index) => {
              const id = index === 0 ? FIRST_CHOICE : `${FORM_ID}-juror-${candidate.jurorId}`;
              return (
                <li key={candidate.jurorId} data-testid="reminder-candidate">
                  <input
                    type="checkbox"
                    id={id}
                    name="jurorIds"
                    value={candidate.jurorId}
                    defaultChecked={isChosen(candidate)}
                    className="mr-2"
                  />
                  <label htmlFor={id}>
                    {candidate.name} ({t("reminders.jurorProgress", { done: candidate.done, total: candidate.total })})
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <Button name="intent" value={REMINDER_INTENTS.preview} className="self-start">
          {t("reminders.preview")}
        </Button>
      </Form>
      {preview ? <PreviewSection competitionId={competitionId} round={round} preview={preview} /> : null}
    </>
  );
}

function PreviewSection({
  competitionId,
  round,
  preview,
}: {
  competitionId: number;
  round: ScoringRound;
  preview: ReminderPreview;
}) {
  const { t, locale } = useTranslation();
  const count = preview.recipients.length;
  const { sample } = preview;
  return (
    <Section title={t("reminders.previewHeading")} className="mb-10 rounded-md border border-brand-700 p-4">
      <p className="mb-3 font-semibold" data-testid="reminder-recipient-count">
        {countPhrase(t, locale, count, { one: "reminders.recipients.one", other: "reminders.recipients.other" })}
      </p>
      <p className="mb-3 text-sm">{t("reminders.previewNote")}</p>
      {sample ? (
        <div className="mb-4 rounded-md border border-gray-200 p-3" data-testid="reminder-sample" lang={sample.locale}>
          <p className="mb-2 text-sm text-ink-muted">
            {t("reminders.sample", {
              name: sample.name,
              email: sample.email,
              language: t(`reminders.language.${sample.locale}`),
            })}
          </p>
          <p className="font-semibold">{sample.subject}</p>
          <p className="whitespace-pre-wrap">{sample.text}</p>
        </div>
      ) : null}
      <ul className="mb-3 text-sm">
        {preview.recipients.map((recipient) => (
          <li key={recipient.jurorId} data-testid="reminder-recipient">
            {`${recipient.name} <${recipient.email}> · ${t("reminders.jurorProgress", recipient)} · ${t(`reminders.language.${recipient.locale}`)}`}
          </li>
        ))}
      </ul>
      <Form method="post">
        <input type="hidden" name="competitionId" value={competitionId} />
        <input type="hidden" name="round" value={round} />
        <input type="hidden" name="batchKey" value={preview.batchKey} />
        {preview.recipients.map((recipient) => (
          <input key={recipient.jurorId} type="hidden" name="jurorIds" value={recipient.jurorId} />
        ))}
        <p className="mb-2 text-sm">{t("reminders.sendHint")}</p>
        <Button name="intent" value={REMINDER_INTENTS.send}>
          {countPhrase(t, locale, count, { one: "reminders.send.one", other: "reminders.send.other" })}
        </Button>
      </Form>
    </Section>
  );
}
