import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { nextCaseStatus } from "#app/domain/case-status.ts";
import { disqualifyCase, getCase } from "#app/domain/cases.server.ts";
import { createDisqualifySchema } from "#app/forms/case-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const found = orRespond(() => getCase(db, user, parseId(params.caseId), new Date()));
  return {
    caseId: found.case.id,
    reference: found.reference,
    status: found.case.status,
    categoryName: found.categoryName,
    organisation: found.organisation,
    texts: CASE_TEXT_FIELDS.map(({ name }) => ({ name, value: found.case[name] })),
    submittedAt: found.case.submittedAt ? formatDateTime(found.case.submittedAt, locale) : null,
    disqualifiedReason: found.case.disqualifiedReason,
    attachments: found.attachments.map((item) => ({ id: item.id, fileName: item.fileName })),
    canDisqualify: nextCaseStatus(found.case.status, "disqualify", found.phase).ok,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const caseId = parseId(params.caseId);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createDisqualifySchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    disqualifyCase(db, user, caseId, submission.value.reason, new Date());
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect(`/chair/cases/${caseId}`);
}

const LABELS = {
  title: "case.field.title",
  summary: "case.field.summary",
  servicePromise: "case.field.servicePromise",
  anchoring: "case.field.anchoring",
  realisation: "case.field.realisation",
} as const;

export default function ChairCase() {
  const found = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createDisqualifySchema(t) }),
  });
  return (
    <Page title={t("case.edit.heading", { reference: found.reference })}>
      <p className="mb-4">
        <span className="font-semibold">{t(`case.status.${found.status}`)}</span> · {found.categoryName} · {found.organisation.name} (
        {found.organisation.orgNumber}){found.submittedAt ? ` · ${t("case.list.submitted", { time: found.submittedAt })}` : ""}
      </p>
      {found.disqualifiedReason ? (
        <p className="mb-4 rounded-md border border-red-700 p-3">{t("case.edit.disqualified", { reason: found.disqualifiedReason })}</p>
      ) : null}
      <dl className="mb-8 flex flex-col gap-4">
        {found.texts.map((field) => (
          <div key={field.name}>
            <dt className="font-semibold">{t(LABELS[field.name])}</dt>
            <dd className="whitespace-pre-wrap">{field.value || "–"}</dd>
          </div>
        ))}
        <div>
          <dt className="font-semibold">{t("chairCases.attachments")}</dt>
          <dd>
            {found.attachments.length === 0 ? t("attachment.none") : (
              <ul>
                {found.attachments.map((item) => (
                  <li key={item.id}>
                    <a href={`/cases/${found.caseId}/attachments/${item.id}`} className="text-brand-700 underline">{item.fileName}</a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {found.canDisqualify ? (
        <Form method="post" {...getFormProps(form)} className="flex max-w-xl flex-col gap-3 rounded-md border border-gray-300 p-4">
          <h2 className="text-lg font-semibold">{t("chairCases.disqualify")}</h2>
          <FormError id={form.errorId} errors={form.errors} />
          <label htmlFor={fields.reason.id} className="font-medium">{t("chairCases.disqualifyReason")}</label>
          <p id={`${fields.reason.id}-hint`} className="text-sm text-ink-muted">{t("chairCases.disqualifyReasonHint")}</p>
          <textarea
            {...getTextareaProps(fields.reason, { ariaDescribedBy: `${fields.reason.id}-hint` })}
            key={fields.reason.key}
            rows={4}
            className="rounded-md border border-gray-400 px-3 py-2"
          />
          <FieldErrors id={fields.reason.errorId} errors={fields.reason.errors} />
          <Button>{t("chairCases.disqualify")}</Button>
        </Form>
      ) : null}
    </Page>
  );
}
