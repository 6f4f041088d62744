import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { OutboxList } from "#app/components/publication/outbox-list.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { mailingDetail, releaseMailing } from "#app/domain/mailings.server.ts";
import { parseMailingPage, sendMailingSchema } from "#app/forms/mailing-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { deliverOutboxMails } from "#app/utils/outbox-delivery.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("mailings.detail"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const mailingId = parseId(params.mailingId);
  const page = parseMailingPage(new URL(request.url).searchParams);
  const { mailing, counts, mails, slice } = orRespond(() => mailingDetail(db, mailingId, page));
  return {
    mailing: {
      id: mailing.id,
      competitionId: mailing.competitionId,
      audience: mailing.audience,
      subject: mailing.subjectNb,
      recipientCount: mailing.recipientCount,
      queued: formatDateTime(mailing.queuedAt, locale),
      sent: mailing.sentAt ? formatDateTime(mailing.sentAt, locale) : null,
    },
    counts,
    mails,
    slice,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const mailingId = parseId(params.mailingId);
  const submission = parseWithZod(await request.formData(), { schema: sendMailingSchema });
  if (submission.status !== "success") return data({ error: t("mailings.badRequest") }, { status: 400 });
  const held = orRespond(() => releaseMailing(db, user.id, mailingId, new Date()));
  const { sent, failed } = await deliverOutboxMails(held, "Mailing");
  return redirect(
    `/chair/mailings/${mailingId}?${new URLSearchParams({ outcome: "sent", sent: String(sent), failed: String(failed) })}`,
  );
}

function Outcome() {
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const outcome = searchParams.get("outcome");
  if (outcome === "queued") return <StatusMessage>{t("mailings.outcome.queued")}</StatusMessage>;
  if (outcome === "alreadyQueued") return <StatusMessage>{t("mailings.outcome.alreadyQueued")}</StatusMessage>;
  if (outcome !== "sent") return null;
  return (
    <StatusMessage>
      {t("mailings.outcome.sent", { sent: searchParams.get("sent") ?? "0", failed: searchParams.get("failed") ?? "0" })}
    </StatusMessage>
  );
}

export default function ChairMailing() {
  const { mailing, counts, mails, slice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const unsent = counts.pending + counts.failed;
  return (
    <Page title={`${t("mailings.detail")}: ${mailing.subject}`} wide>
      <Outcome />
      <p className="mb-4">
        <TextLink to={`/chair/mailings?competition=${mailing.competitionId}`}>{t("mailings.back")}</TextLink>
      </p>
      <dl className="mb-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("mailings.column.audience")}</dt>
        <dd>{t(`mailings.audience.${mailing.audience}`)}</dd>
        <dt className="font-semibold">{t("mailings.column.queued")}</dt>
        <dd>{mailing.queued}</dd>
        <dt className="font-semibold">{t("mailings.column.state")}</dt>
        <dd data-testid="mailing-state">
          {mailing.sent ? t("mailings.sentAt", { date: mailing.sent }) : t("mailings.held")}
        </dd>
      </dl>
      {unsent > 0 ? (
        <Form method="post" className="mb-6">
          <FormError id="send-error" errors={actionData?.error ? [actionData.error] : undefined} />
          <p className="mb-2 text-sm">{t("mailings.sendHint")}</p>
          <Button name="intent" value="send">
            {t(mailing.sent ? "mailings.resend" : "mailings.send", { count: unsent })}
          </Button>
        </Form>
      ) : null}
      <OutboxList id="outbox" param="page" mails={mails} counts={counts} slice={slice} open />
    </Page>
  );
}
