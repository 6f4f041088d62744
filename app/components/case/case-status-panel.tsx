import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";
import type { CaseView } from "./case-view.ts";

/** What the company must know about a submitted case with a working copy beside it. */
export function WorkingCopyNotice({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  if (view.stage !== "reopened" || !view.submittedVersion) return null;
  const params = {
    number: view.submittedVersion.number,
    time: view.submittedVersion.submittedAt,
    deadline: view.deadline,
  };
  return (
    <p className="mb-6 rounded-md border-2 border-accent-500 p-4" role="status" data-testid="working-copy-notice">
      {view.phase === "closed"
        ? t("caseVersions.lockedWithWorkingCopy", params)
        : t("caseVersions.workingCopy", params)}
    </p>
  );
}

/**
 * Reopen posts at once (nothing stops competing); withdraw and restore first show a confirmation
 * panel through the address (`?confirm=…`), so the step works without JavaScript too.
 */
export function CaseStatusActions({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <div className="mb-8 flex flex-wrap gap-3">
      {view.can.reopen ? (
        <Form method="post">
          <Button name="intent" value="reopen">
            {t("case.edit.reopen")}
          </Button>
        </Form>
      ) : null}
      {view.can.withdraw && view.confirm !== "withdraw" ? (
        <Form method="get">
          <Button name="confirm" value="withdraw" variant="secondary">
            {t("case.edit.withdraw")}
          </Button>
        </Form>
      ) : null}
      {view.can.restore && view.confirm !== "restore" ? (
        <Form method="get">
          <Button name="confirm" value="restore">
            {t("case.edit.restoreWithdrawn")}
          </Button>
        </Form>
      ) : null}
      {view.status === "submitted" ? (
        <TextLink to="receipt" relative="path" className="self-center">
          {t("case.edit.receiptLink")}
        </TextLink>
      ) : null}
    </div>
  );
}

/** Says exactly what a withdraw or restore will do, and does it only when confirmed. */
export function CaseStatusConfirmation({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  if (!view.confirm) return null;
  const version = view.submittedVersion;
  const restoreText = version
    ? [
        t("caseConfirm.restoreSubmitted", { number: version.number, time: version.submittedAt }),
        ...(view.hasUnsubmittedChanges ? [t("caseConfirm.restoreWorkingCopy", { number: version.number })] : []),
      ]
    : [t("caseConfirm.restoreDraft", { deadline: view.deadline })];
  const withdrawing = view.confirm === "withdraw";
  return (
    <section
      aria-labelledby="confirm-heading"
      className="mb-8 rounded-md border-2 border-red-700 p-4"
      data-testid="status-confirmation"
    >
      <h2 id="confirm-heading" className="mb-2 text-xl font-semibold">
        {withdrawing ? t("caseConfirm.withdrawTitle") : t("caseConfirm.restoreTitle")}
      </h2>
      {(withdrawing ? [t("caseConfirm.withdrawBody", { deadline: view.deadline })] : restoreText).map((text) => (
        <p key={text} className="mb-2">
          {text}
        </p>
      ))}
      <Form method="post" className="mt-4 flex flex-wrap items-center gap-4">
        <input type="hidden" name="confirmed" value="true" />
        <Button name="intent" value={view.confirm}>
          {withdrawing ? t("caseConfirm.withdrawYes") : t("caseConfirm.restoreYes")}
        </Button>
        <TextLink to=".">{t("caseConfirm.cancel")}</TextLink>
      </Form>
    </section>
  );
}
