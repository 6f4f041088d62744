import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseDocument } from "#app/components/case/case-document.tsx";
import { UnavailableJurors } from "#app/components/jury/unavailable-jurors.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { TextareaField } from "#app/components/ui/textarea-field.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { blindRefusedAttachments } from "#app/domain/attachments.server.ts";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { CaseVersionHistory } from "#app/components/case/case-versions.tsx";
import { getCaseHistory } from "#app/domain/case-history.server.ts";
import { nextCaseStatus } from "#app/domain/case-status.ts";
import type { ConflictGround } from "#app/domain/conflicts.ts";
import { disqualifyCase, getCase } from "#app/domain/cases.server.ts";
import { assignJuror, jurorsForCase, listCaseJury, unassignJuror } from "#app/domain/jury.server.ts";
import { createDisqualifySchema } from "#app/forms/case-forms.ts";
import { parseCaseVersionParams } from "#app/forms/case-version-params.ts";
import { createChairCaseIntentSchema } from "#app/forms/chair-case-forms.ts";
import { createAssignJurorSchema } from "#app/forms/jury-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import type { MessageKey, Translate } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { sendAssignmentMail } from "#app/utils/jury-mail.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { uploadsDir } from "#app/utils/storage.server.ts";
import { delivered } from "#app/utils/mail.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("case.edit.heading", { reference: data?.reference ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const found = orRespond(() => getCase(db, user, parseId(params.caseId), new Date()));
  const organisationId = found.organisation.id;
  // Only jurors who may take the case are offered; the action checks again whatever is posted.
  const candidates =
    found.case.status === "submitted"
      ? jurorsForCase(db, found.case.id, organisationId, new Date())
      : { eligible: [], excluded: 0, unavailable: [] };
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
    blindRefused: found.competition.isBlindJudging ? blindRefusedAttachments(db, found.case.id, uploadsDir) : [],
    canDisqualify: !found.frozen && nextCaseStatus(found.state, "disqualify", found.phase).ok,
    frozen: found.frozen,
    // The texts above are the submitted version's; the company may be editing a working copy.
    competingVersion: found.submittedVersion?.number ?? null,
    isReopened: found.state.isReopened,
    history: getCaseHistory(db, found, "chair", parseCaseVersionParams(new URL(request.url).searchParams)),
    jury: listCaseJury(db, found.case.id, organisationId),
    candidates: candidates.eligible,
    excluded: candidates.excluded,
    unavailable: candidates.unavailable,
    organisationId,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const caseId = parseId(params.caseId);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createChairCaseIntentSchema(t) });
  // Two of the page's forms show errors; the answer says which one they belong to.
  const form = submission.payload.intent === "assign" ? "assign" : "disqualify";
  if (submission.status !== "success") return data({ form, result: submission.reply() }, { status: 400 });
  const { value } = submission;
  const now = new Date();

  if (value.intent === "unassign") {
    orRespond(() => unassignJuror(db, user.id, caseId, value.assignmentId, now));
    return redirect(`/chair/cases/${caseId}`);
  }
  try {
    if (value.intent === "disqualify") {
      disqualifyCase(db, user, caseId, value.reason, now);
      return redirect(`/chair/cases/${caseId}`);
    }
    const { juror, scoringDeadlineAt } = assignJuror(db, user.id, caseId, value.jurorId, now);
    await delivered(sendAssignmentMail(juror, 1, scoringDeadlineAt), "Assignment mail");
    return redirect(`/chair/cases/${caseId}?${new URLSearchParams({ assigned: juror.name })}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ form, result }, { status });
  }
}

export default function ChairCase() {
  const found = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.form === "disqualify" ? actionData.result : null,
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
      {found.isReopened && found.competingVersion !== null ? (
        <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-3" role="status">
          {t("caseVersions.chairWorkingCopy", { number: found.competingVersion })}
        </p>
      ) : null}
      <div className="mb-8">
        <CaseDocument
          caseId={found.caseId}
          texts={found.texts}
          attachments={found.attachments}
          attachmentNote={
            found.blindRefused.length > 0
              ? t("blindFiles.chairRefused", { names: found.blindRefused.join(", ") })
              : undefined
          }
        />
      </div>
      <CaseVersionHistory history={found.history} />
      <CaseJury />
      {found.canDisqualify ? (
        <Section title={t("chairCases.disqualify")} className="max-w-xl rounded-md border border-gray-300 p-4">
          <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
            <ErrorSummary form={form} />
            <TextareaField
              field={fields.reason}
              label={t("chairCases.disqualifyReason")}
              hint={t("chairCases.disqualifyReasonHint")}
              rows={4}
            />
            <Button name="intent" value="disqualify" className="self-start">
              {t("chairCases.disqualify")}
            </Button>
          </Form>
        </Section>
      ) : null}
    </Page>
  );
}

type JuryMember = {
  conflictStatus: string;
  conflictReason: string | null;
  sheetStatus: string | null;
  conflictGround: ConflictGround | null;
};

function memberStatus(member: JuryMember, t: Translate): { key: MessageKey; params?: Record<string, string> } {
  if (member.conflictStatus === "declared")
    return { key: "assign.conflictReason", params: { reason: member.conflictReason ?? "" } };
  if (member.conflictGround)
    return { key: "assign.flagged", params: { ground: t(`conflicts.groundLong.${member.conflictGround}`) } };
  if (member.conflictStatus === "unconfirmed") return { key: "jury.status.unconfirmed" };
  if (member.sheetStatus === "final") return { key: "jury.status.final" };
  return { key: member.sheetStatus === "draft" ? "jury.status.draft" : "jury.status.notStarted" };
}

function CaseJury() {
  const { jury, candidates, excluded, unavailable, status, organisationId, frozen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.form === "assign" ? actionData.result : null,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createAssignJurorSchema(t) }),
  });
  const assigned = searchParams.get("assigned");
  return (
    <Section title={t("assign.title")} className="mb-8 rounded-md border border-gray-300 p-4">
      <div className="flex flex-col gap-3">
        {assigned && !actionData ? <p role="status">{t("assign.assignedMail", { name: assigned })}</p> : null}
        {jury.length === 0 ? (
          <p>{t("assign.none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {jury.map((member) => {
              const memberState = memberStatus(member, t);
              return (
                <li key={member.assignmentId} className="flex flex-wrap items-center gap-3" data-testid="case-juror">
                  <span className="font-medium">{member.name}</span>
                  <span className={member.conflictGround ? "text-sm font-semibold text-red-800" : "text-sm"}>
                    {t(memberState.key, memberState.params)}
                  </span>
                  {member.sheetStatus !== "final" && !frozen ? (
                    <Form method="post">
                      <input type="hidden" name="assignmentId" value={member.assignmentId} />
                      <Button name="intent" value="unassign" variant="link">
                        {t("assign.remove", { name: member.name })}
                      </Button>
                    </Form>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {status === "submitted" && excluded > 0 ? (
          <p className="text-sm">
            {t("assign.excluded", { count: excluded })}{" "}
            <TextLink to={`/chair/conflicts?organisation=${organisationId}`}>{t("conflicts.title")}</TextLink>
          </p>
        ) : null}
        {status !== "submitted" || frozen ? null : candidates.length === 0 ? (
          <>
            {/* A refused post (a juror not on the list) still says why, though no form is shown. */}
            <FormError id={form.errorId} errors={[...(form.errors ?? []), ...(fields.jurorId.errors ?? [])]} />
            <p>{t("assign.noCandidates")}</p>
          </>
        ) : (
          <Form method="post" {...getFormProps(form)} className="flex flex-wrap items-end gap-2">
            <ErrorSummary form={form} />
            <SelectField
              field={fields.jurorId}
              label={t("assign.add")}
              emptyOption={t("assign.juror")}
              options={candidates.map((juror) => ({ value: juror.id, label: `${juror.name} (${juror.email})` }))}
            />
            <Button name="intent" value="assign">
              {t("assign.submit")}
            </Button>
          </Form>
        )}
        {status === "submitted" ? <UnavailableJurors jurors={unavailable} /> : null}
      </div>
    </Section>
  );
}
