import { Form } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { RestoreOffer } from "#app/components/restore-offer.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { formatTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { CaseAttachmentsEditor } from "./case-attachments-editor.tsx";
import { CaseConflictNotice } from "./case-conflict.tsx";
import { CaseStatusActions, CaseStatusConfirmation, WorkingCopyNotice } from "./case-status-panel.tsx";
import { CaseVersionHistory } from "./case-versions.tsx";
import { CaseTextField } from "./case-text-field.tsx";
import { SessionLostNotice } from "./session-lost-notice.tsx";
import type { CaseEditAnswer, CaseView } from "./case-view.ts";
import { useCaseAutosave, type SaveState } from "./use-case-autosave.ts";

const CASE_FORM_ID = "case-form";

/** The ids the editor's controls carry, for the error summary's links. */
function caseFieldId(name: string): string {
  switch (name) {
    case "categoryId":
      return "case-category";
    case "file":
      return "case-file";
    default:
      return `case-${name}`;
  }
}

function saveStateText(state: SaveState, t: Translate): string {
  switch (state.kind) {
    case "saving":
      return t("case.edit.saving");
    case "failed":
      return t("case.edit.saveFailed");
    case "unsaved":
    case "signed-out":
      return t("case.edit.unsaved");
    case "saved":
      return t("case.edit.savedAt", { time: state.time });
  }
}

/**
 * The case while it may still change. Without JavaScript it is a plain form whose buttons post
 * the whole text; with it, typing is also saved as it goes and kept in the browser meanwhile.
 */
export function CaseEditor({ view, answer }: { view: CaseView; answer: CaseEditAnswer | undefined }) {
  const { t, locale } = useTranslation();
  const editor = useCaseAutosave(view, answer);
  const { errors } = editor;
  return (
    <Page title={t("case.edit.heading", { reference: view.reference })}>
      <p className="mb-2">{t("case.edit.deadline", { deadline: view.deadline })}</p>
      <p className="mb-6 text-sm text-ink-muted">{t("case.edit.localBackupNote")}</p>
      <WorkingCopyNotice view={view} />
      <CaseStatusConfirmation view={view} />

      {editor.signedOut ? <SessionLostNotice onSignedIn={editor.signedInAgain} /> : null}
      {editor.backupOffer ? (
        <RestoreOffer
          message={t("case.edit.restoreFound", { time: formatTime(new Date(editor.backupOffer.at), locale) })}
          restoreLabel={t("case.edit.restore")}
          onRestore={editor.restoreBackup}
          onDiscard={editor.discardBackup}
        />
      ) : null}

      <Form
        id={CASE_FORM_ID}
        method="post"
        encType="multipart/form-data"
        className="flex flex-col gap-6"
        aria-describedby="save-state"
        onSubmit={editor.noteNavigationPost}
      >
        {/* The last submit's answer; autosave's findings stand at their fields, not announced while typing. */}
        <ErrorSummary
          formId={CASE_FORM_ID}
          id="case-form-error"
          errors={answer?.result?.error ?? {}}
          fieldId={caseFieldId}
        />
        {editor.conflict ? (
          <CaseConflictNotice
            conflict={editor.conflict}
            mine={{ ...editor.texts, categoryId: editor.categoryId }}
            version={editor.version}
            categories={view.categories}
            choices={editor}
          />
        ) : null}

        <input type="hidden" name="version" value={editor.version} />
        <input type="hidden" name="base" value={JSON.stringify(editor.base)} />
        <SelectField
          id="case-category"
          name="categoryId"
          label={t("case.field.category")}
          options={view.categories.map((category) => ({ value: category.id, label: category.name }))}
          value={editor.categoryId}
          onChange={(event) => editor.updateCategory(Number(event.target.value))}
          errors={errors.categoryId ?? undefined}
        />

        {CASE_TEXT_FIELDS.map(({ name, max, label, hint }) => (
          <CaseTextField
            key={name}
            name={name}
            label={t(label)}
            hint={t(hint)}
            value={editor.texts[name]}
            max={max}
            errors={errors[name]}
            multiline={name !== "title"}
            rows={name === "summary" ? 3 : 10}
            onChange={(value) => editor.updateText(name, value)}
          />
        ))}

        <CaseAttachmentsEditor caseId={view.caseId} attachments={view.attachments} errors={errors.file} />

        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-gray-200 bg-white py-3">
          <Button name="intent" value="save-draft" variant="secondary">
            {t("case.edit.saveDraft")}
          </Button>
          <Button name="intent" value="submit">
            {t("case.edit.submit")}
          </Button>
          <p id="save-state" role="status" className="text-sm text-ink-muted" data-testid="save-state">
            {saveStateText(editor.saveState, t)}
          </p>
        </div>
        <p className="text-sm text-ink-muted">{t("case.edit.submitHint")}</p>
      </Form>
      <div className="mt-8">
        <CaseStatusActions view={view} />
      </div>
      <CaseVersionHistory history={view.history} />
    </Page>
  );
}
