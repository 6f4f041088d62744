import type { ReactNode } from "react";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

const TEXT_LABELS = Object.fromEntries(CASE_TEXT_FIELDS.map((field) => [field.name, field.label])) as Record<
  CaseTextFieldName,
  MessageKey
>;

export type DocumentAttachment = { id: number; name: string; sizeKb?: number };

export function AttachmentLink({ caseId, attachment }: { caseId: number; attachment: DocumentAttachment }) {
  return (
    <>
      {/* A file download, not a page: the browser fetches it rather than the router. */}
      <TextLink to={`/cases/${caseId}/attachments/${attachment.id}`} reloadDocument>
        {attachment.name}
      </TextLink>
      {attachment.sizeKb === undefined ? null : <span className="text-sm text-ink-muted"> {attachment.sizeKb} kB</span>}
    </>
  );
}

/** A case as a reader sees it, the same for the entrant, the chair and the jury. */
export function CaseDocument({
  caseId,
  texts,
  attachments,
  attachmentNote,
  children,
}: {
  caseId: number;
  texts: { name: CaseTextFieldName; value: string }[];
  /** Left out for a text without files (a calibration's sample case). */
  attachments?: DocumentAttachment[];
  /** Said under the attachments, such as what blind judging removed from them. */
  attachmentNote?: string;
  /** Rows shown before the texts, such as the category. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <dl className="flex flex-col gap-4">
      {children}
      {texts.map((field) => (
        <div key={field.name}>
          <dt className="font-semibold">{t(TEXT_LABELS[field.name])}</dt>
          <dd className="whitespace-pre-wrap">{field.value || "–"}</dd>
        </div>
      ))}
      {attachments ? (
        <div>
          <dt className="font-semibold">{t("attachment.title")}</dt>
          <dd>
            {attachments.length === 0 ? (
              t("attachment.none")
            ) : (
              <ul>
                {attachments.map((attachment) => (
                  <li key={attachment.id}>
                    <AttachmentLink caseId={caseId} attachment={attachment} />
                  </li>
                ))}
              </ul>
            )}
            {attachmentNote ? <p className="mt-2 text-sm text-ink-muted">{attachmentNote}</p> : null}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
