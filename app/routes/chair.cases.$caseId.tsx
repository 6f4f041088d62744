import { getFormProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseDocument } from "#app/components/case/case-document.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { nextCaseStatus } from "#app/domain/case-status.ts";
import { disqualifyCase, getCase } from "#app/domain/cases.server.ts";
import { assignJuror, listCaseJury, listJurors, unassignJuror } from "#app/domain/jury.server.ts";
import { createDisqualifySchema } from "#app/forms/case-forms.ts";
import { createAssignJurorSchema } from "#app/forms/jury-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { sendAssignmentMail } from "#app/utils/jury-mail.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered } from "#app/utils/mail.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const found = orRespond(() => getCase(db, user, parseId(params.caseId), new Date()));
  const jury = listCaseJury(db, found.case.id);
  const assignedIds = new Set(jury.map((member) => member.jurorId));
  return {
    caseId: found.case.id,
    reference: found.reference,
    status: found.case.status,
    categoryName: found.categoryName,
    organisation: found.organisation,
    texts: CASE_TEXT_FIELDS.map(({ name }) => ({ name, value: found.case[name] })),
    submittedAt: found.case.submittedAt ? formatDateTime(found.case.submittedAt, locale) : null,
    disqualifiedReason: found.case.disqualifiedReason,
    attachments: found.attachments.map((item) => ({ id: item.id, name: item.fileName })),
    canDisqualify: nextCaseStatus(found.case.status, "disqualify", found.phase).ok,
    jury,
    candidates: found.case.status === "submitted" ? listJurors(db).filter((juror) => !assignedIds.has(juror.id)) : [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const caseId = parseId(params.caseId);
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const now = new Date();
  const intent = formData.get("intent");

  if (intent === "unassign") {
    orRespond(() => unassignJuror(db, user.id, caseId, parseId(String(formData.get("assignmentId") ?? "")), now));
    return redirect(`/chair/cases/${caseId}`);
  }
  if (intent === "assign") {
    const submission = parseWithZod(formData, { schema: createAssignJurorSchema(t) });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    let juror;
    try {
      juror = assignJuror(db, user.id, caseId, submission.value.jurorId, now);
    } catch (error) {
      const { result, status } = replyForDomainError(submission, error, t);
      return data({ intent, result }, { status });
    }
    const { competition } = getCase(db, user, caseId, now);
    await delivered(sendAssignmentMail(request, juror, 1, competition.scoringDeadlineAt), "Assignment mail");
    return redirect(`/chair/cases/${caseId}?${new URLSearchParams({ assigned: juror.name })}`);
  }

  const submission = parseWithZod(formData, { schema: createDisqualifySchema(t) });
  if (submission.status !== "success")
    return data({ intent: "disqualify", result: submission.reply() }, { status: 400 });
  try {
    disqualifyCase(db, user, caseId, submission.value.reason, now);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ intent: "disqualify", result }, { status });
  }
  return redirect(`/chair/cases/${caseId}`);
}

export default function ChairCase() {
  const found = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.intent === "disqualify" ? actionData.result : null,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createDisqualifySchema(t) }),
  });
  return (
    <Page title={t("case.edit.heading", { reference: found.reference })}>
      <p className="mb-4">
        <span className="font-semibold">{t(`case.status.${found.status}`)}</span> · {found.categoryName} ·{" "}
        {found.organisation.name} ({found.organisation.orgNumber})
        {found.submittedAt ? ` · ${t("case.list.submitted", { time: found.submittedAt })}` : ""}
      </p>
      {found.disqualifiedReason ? (
        <p className="mb-4 rounded-md border border-red-700 p-3">
          {t("case.edit.disqualified", { reason: found.disqualifiedReason })}
        </p>
      ) : null}
      <div className="mb-8">
        <CaseDocument caseId={found.caseId} texts={found.texts} attachments={found.attachments} />
      </div>
      <CaseJury />
      {found.canDisqualify ? (
        <Form
          method="post"
          {...getFormProps(form)}
          className="flex max-w-xl flex-col gap-3 rounded-md border border-gray-300 p-4"
        >
          <h2 className="text-lg font-semibold">{t("chairCases.disqualify")}</h2>
          <FormError id={form.errorId} errors={form.errors} />
          <label htmlFor={fields.reason.id} className="font-medium">
            {t("chairCases.disqualifyReason")}
          </label>
          <p id={`${fields.reason.id}-hint`} className="text-sm text-ink-muted">
            {t("chairCases.disqualifyReasonHint")}
          </p>
          <textarea
            {...getTextareaProps(fields.reason, { ariaDescribedBy: `${fields.reason.id}-hint` })}
            key={fields.reason.key}
            rows={4}
            className="rounded-md border border-gray-400 px-3 py-2"
          />
          <FieldErrors id={fields.reason.errorId} errors={fields.reason.errors} />
          <Button name="intent" value="disqualify">
            {t("chairCases.disqualify")}
          </Button>
        </Form>
      ) : null}
    </Page>
  );
}

function CaseJury() {
  const { jury, candidates, status } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.intent === "assign" ? actionData.result : null,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createAssignJurorSchema(t) }),
  });
  const assigned = searchParams.get("assigned");
  return (
    <section aria-labelledby="jury-heading" className="mb-8 flex flex-col gap-3 rounded-md border border-gray-300 p-4">
      <h2 id="jury-heading" className="text-lg font-semibold">
        {t("assign.title")}
      </h2>
      {assigned && !actionData ? <p role="status">{t("assign.assignedMail", { name: assigned })}</p> : null}
      {jury.length === 0 ? (
        <p>{t("assign.none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {jury.map((member) => (
            <li key={member.assignmentId} className="flex flex-wrap items-center gap-3" data-testid="case-juror">
              <span className="font-medium">{member.name}</span>
              <span className="text-sm">
                {member.conflictStatus === "declared"
                  ? t("assign.conflictReason", { reason: member.conflictReason ?? "" })
                  : member.conflictStatus === "unconfirmed"
                    ? t("jury.status.unconfirmed")
                    : t(
                        member.sheetStatus === "final"
                          ? "jury.status.final"
                          : member.sheetStatus === "draft"
                            ? "jury.status.draft"
                            : "jury.status.notStarted",
                      )}
              </span>
              {member.sheetStatus !== "final" ? (
                <Form method="post">
                  <input type="hidden" name="assignmentId" value={member.assignmentId} />
                  <Button name="intent" value="unassign" variant="link">
                    {t("assign.remove", { name: member.name })}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {status === "submitted" ? (
        candidates.length === 0 ? (
          <p>{t("assign.noCandidates")}</p>
        ) : (
          <Form method="post" {...getFormProps(form)} className="flex flex-wrap items-end gap-2">
            <FormError id={form.errorId} errors={form.errors} />
            <div className="flex flex-col">
              <label htmlFor={fields.jurorId.id} className="font-medium">
                {t("assign.add")}
              </label>
              <select
                {...getSelectProps(fields.jurorId)}
                key={fields.jurorId.key}
                className="rounded-md border border-gray-400 px-3 py-2"
              >
                <option value="">{t("assign.juror")}</option>
                {candidates.map((juror) => (
                  <option key={juror.id} value={juror.id}>
                    {juror.name} ({juror.email})
                  </option>
                ))}
              </select>
              <FieldErrors id={fields.jurorId.errorId} errors={fields.jurorId.errors} />
            </div>
            <Button name="intent" value="assign">
              {t("assign.submit")}
            </Button>
          </Form>
        )
      ) : null}
    </section>
  );
}
