import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { TieFields } from "#app/components/conflicts/tie-fields.tsx";
import { TieList } from "#app/components/conflicts/tie-list.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { addJurorTies, listJurorTies, removeJurorTie } from "#app/domain/conflicts.server.ts";
import { tieLabel } from "#app/domain/conflicts.ts";
import { createTiesIntentSchema, tiesOf } from "#app/forms/tie-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("ties.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "juror");
  const { locale } = getTranslator(request);
  return {
    ties: listJurorTies(db, user.id).map((tie) => ({
      id: tie.id,
      kind: tie.kind,
      label: tieLabel(tie),
      createdAt: formatDateTime(tie.createdAt, locale),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "juror");
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createTiesIntentSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { value } = submission;
  const now = new Date();
  if (value.intent === "remove") {
    orRespond(() => removeJurorTie(db, user.id, value.tieId, now));
    return redirect("/jury/ties?outcome=removed");
  }
  try {
    const added = addJurorTies(db, user.id, tiesOf(value), now);
    return redirect(`/jury/ties?outcome=added&count=${added}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
}

export default function JurorTies() {
  const { ties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createTiesIntentSchema(t) }),
    shouldValidate: "onBlur",
  });
  const outcome = actionData ? null : searchParams.get("outcome");
  return (
    <Page title={t("ties.title")} narrow>
      {outcome === "added" ? (
        <StatusMessage>{t("ties.outcome.added", { count: Number(searchParams.get("count") ?? 0) })}</StatusMessage>
      ) : outcome === "removed" ? (
        <StatusMessage>{t("ties.outcome.removed")}</StatusMessage>
      ) : null}
      <p className="mb-6">{t("ties.intro")}</p>
      <Section title={t("ties.list")} className="mb-8">
        <TieList ties={ties} />
      </Section>
      <Section title={t("ties.add")} className="mb-8">
        <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
          <ErrorSummary form={form} />
          <TieFields fields={fields} />
          <Button name="intent" value="add" className="self-start">
            {t("ties.submit")}
          </Button>
        </Form>
      </Section>
      <TextLink to="/jury">{t("jury.title")}</TextLink>
    </Page>
  );
}
