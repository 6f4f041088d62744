import { Page } from "#app/components/page.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { CaseDocument } from "./case-document.tsx";
import { CaseStatusActions, CaseStatusConfirmation, WorkingCopyNotice } from "./case-status-panel.tsx";
import { CaseVersionHistory } from "./case-versions.tsx";
import { postedTexts, type CaseEditAnswer, type CaseView } from "./case-view.ts";

/** A submitted, withdrawn, disqualified or locked case, with the status changes still allowed and its versions. */
export function ReadOnlyCase({ view, answer }: { view: CaseView; answer: CaseEditAnswer | undefined }) {
  const { t } = useTranslation();
  // Text posted after the deadline (or another lock) is refused but shown back, so it can be copied.
  const posted = answer?.result?.initialValue ? postedTexts(answer.result.initialValue) : {};
  const refusedTexts = Object.keys(posted).length > 0 ? posted : null;
  const notice =
    view.status === "disqualified"
      ? t("case.edit.disqualified", { reason: view.disqualifiedReason ?? "" })
      : view.phase === "closed"
        ? t("case.edit.locked", { deadline: view.deadline })
        : view.status === "withdrawn"
          ? t("case.edit.withdrawn")
          : t("case.edit.readOnlySubmitted", { time: view.submittedAt ?? "" });
  return (
    <Page title={t("case.edit.heading", { reference: view.reference })}>
      <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-4" role="status">
        {notice}
      </p>
      {/* A refused reopen, withdraw or restore posts no text: its reason stands alone. */}
      {!refusedTexts && answer?.result?.error?.[""] ? (
        <FormError id="status-error" errors={answer.result.error[""]} />
      ) : null}
      {refusedTexts ? (
        <Section title={t("case.edit.refusedTexts")} className="mb-6 rounded-md border border-red-700 p-4">
          <FormError id="refused-error" errors={answer?.result?.error?.[""] ?? []} />
          {CASE_TEXT_FIELDS.filter(({ name }) => refusedTexts[name]).map(({ name, label }) => (
            <div key={name} className="mb-3 flex flex-col gap-1">
              <label htmlFor={`refused-${name}`} className="font-medium">
                {t(label)}
              </label>
              <textarea
                id={`refused-${name}`}
                readOnly
                value={refusedTexts[name]}
                rows={4}
                className="rounded-md border border-gray-400 px-3 py-2"
              />
            </div>
          ))}
        </Section>
      ) : null}
      <WorkingCopyNotice view={view} />
      <CaseStatusConfirmation view={view} />
      <CaseStatusActions view={view} />
      <CaseDocument
        caseId={view.caseId}
        texts={CASE_TEXT_FIELDS.map(({ name }) => ({ name, value: view.texts[name] }))}
        attachments={view.attachments}
      >
        <div>
          <dt className="font-semibold">{t("case.field.category")}</dt>
          <dd>{view.categories.find((category) => category.id === view.categoryId)?.name}</dd>
        </div>
      </CaseDocument>
      <CaseVersionHistory history={view.history} />
    </Page>
  );
}
