import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { removeAttachmentIntent } from "#app/forms/attachment-intents.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { AttachmentLink } from "./case-document.tsx";
import type { CaseView } from "./case-view.ts";

/** The case's files with a remove button each, and the upload; both buttons post the text too. */
export function CaseAttachmentsEditor({
  caseId,
  attachments,
  errors,
}: {
  caseId: number;
  attachments: CaseView["attachments"];
  errors: string[] | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t("attachment.title")} className="rounded-md border border-gray-200 p-4">
      <p className="mb-3 text-sm text-ink-muted">{t("attachment.intro")}</p>
      {attachments.length === 0 ? (
        <p className="mb-3">{t("attachment.none")}</p>
      ) : (
        <ul className="mb-3 flex flex-col gap-2">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="flex flex-wrap items-center gap-3">
              <AttachmentLink caseId={caseId} attachment={attachment} />
              <Button name="intent" value={removeAttachmentIntent(attachment.id)} variant="link">
                {t("attachment.remove", { name: attachment.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="case-file" className="font-medium">
            {t("attachment.file")}
          </label>
          <input
            // A new input after each upload, so the file just sent is not offered again.
            key={attachments.length}
            id="case-file"
            type="file"
            name="file"
            accept="application/pdf,image/png,image/jpeg"
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={errors?.length ? "case-file-error" : undefined}
          />
        </div>
        <Button name="intent" value="upload" variant="secondary">
          {t("attachment.upload")}
        </Button>
      </div>
      <FieldErrors id="case-file-error" errors={errors} />
    </Section>
  );
}
