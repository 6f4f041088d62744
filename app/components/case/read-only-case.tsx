import { Form } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { CaseDocument } from "./case-document.tsx";
import { postedTexts, type CaseEditAnswer, type CaseView } from "./case-view.ts";

/** A submitted, withdrawn, disqualified or locked case, with the status changes still allowed. */
export function ReadOnlyCase({ view, answer }: { view: CaseView; answer: CaseEditAnswer | undefined }) {
  const { t } = useTranslation();
  // Text posted after the deadline (or another lock) is refused but shown back, so it can be copied.
  const refusedTexts = answer?.result?.initialValue ? postedTexts(answer.result.initialValue) : null;
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
      <Form method="post" className="mb-8 flex flex-wrap gap-3">
        {view.can.reopen ? (
          <Button name="intent" value="reopen">
            {t("case.edit.reopen")}
          </Button>
        ) : null}
        {view.can.withdraw ? (
          <Button name="intent" value="withdraw" variant="secondary" title={t("case.edit.withdrawConfirm")}>
            {t("case.edit.withdraw")}
          </Button>
        ) : null}
        {view.can.restore ? (
          <Button name="intent" value="restore">
            {t("case.edit.restoreWithdrawn")}
          </Button>
        ) : null}
        {view.status === "submitted" ? (
          <TextLink to="receipt" relative="path" className="self-center">
            {t("case.edit.receiptLink")}
          </TextLink>
        ) : null}
      </Form>
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
    </Page>
  );
}
