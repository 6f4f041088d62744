import { randomUUID } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { MailingForm } from "#app/components/mailings/mailing-form.tsx";
import { MailingList } from "#app/components/mailings/mailing-list.tsx";
import { Page } from "#app/components/page.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { findCompetitionOrNewest, listCompetitions } from "#app/domain/competition-lookup.server.ts";
import { listMailings, previewMailing, queueMailing } from "#app/domain/mailings.server.ts";
import { createMailingSchema, parseMailingListParams } from "#app/forms/mailing-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { deadlineReminderTexts } from "#app/utils/mailing-template.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("mailings.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const url = new URL(request.url);
  const competitions = listCompetitions(db).map(({ id, name }) => ({ id, name }));
  const competition = orRespond(() => findCompetitionOrNewest(db, optionalId(url.searchParams.get("competition"))));
  if (!competition) return { competitions, competition: null };
  const params = parseMailingListParams(url.searchParams);
  const { rows, slice } = listMailings(db, competition.id, params);
  return {
    competitions,
    competition: { id: competition.id, name: competition.name },
    // A fresh key per rendering of the form: posting it twice (a double click) queues once.
    idempotencyKey: randomUUID(),
    defaults:
      params.template === "deadline-reminder"
        ? { audience: "drafts" as const, ...deadlineReminderTexts(competition) }
        : {},
    dir: params.dir,
    slice,
    rows: rows.map(({ queuedAt, sentAt, sent, ...row }) => ({
      ...row,
      sentCount: sent,
      queued: formatDateTime(queuedAt, locale),
      sent: sentAt ? formatDateTime(sentAt, locale) : null,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const competition = competitionFromForm(formData);
  const submission = parseWithZod(formData, { schema: createMailingSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply(), preview: null }, { status: 400 });
  const { value } = submission;
  try {
    if (value.intent === "preview") {
      return { result: submission.reply(), preview: previewMailing(db, competition.id, value, value.recipientPage) };
    }
    const { mailingId, alreadyQueued } = queueMailing(db, user.id, competition.id, value, new Date());
    return redirect(`/chair/mailings/${mailingId}?outcome=${alreadyQueued ? "alreadyQueued" : "queued"}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result, preview: null }, { status });
  }
}

export default function ChairMailings() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("mailings.title")} wide>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, competitions } = loaded;
  return (
    <Page title={t("mailings.title")} wide>
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-6 max-w-3xl">{t("mailings.intro")}</p>
      <MailingForm
        // A new template or competition starts the form again from its defaults.
        key={`${competition.id}:${Object.keys(loaded.defaults).length}`}
        competitionId={competition.id}
        idempotencyKey={loaded.idempotencyKey}
        defaults={loaded.defaults}
        lastResult={actionData?.result ?? null}
        preview={actionData?.preview ?? null}
      />
      <Section title={t("mailings.earlier")}>
        <MailingList rows={loaded.rows} slice={loaded.slice} dir={loaded.dir} />
      </Section>
    </Page>
  );
}
