import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { MAILING_AUDIENCES, type MailingAudience } from "#app/domain/mailings.ts";
import { pageWindow, type PageInfo } from "#app/domain/paging.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type MailingDefaults = {
  audience?: MailingAudience;
  subjectNb?: string;
  bodyNb?: string;
  subjectEn?: string;
  bodyEn?: string;
};

export type MailingPreview = {
  total: number;
  recipients: { name: string; email: string; locale: string; organisationName: string }[];
  slice: PageInfo;
  sample: { name: string; email: string; organisationName: string; subject: string; body: string } | null;
  /** What was previewed; "queue" sends it back, so an edit after the preview needs a new one. */
  fingerprint: string;
};

const FORM_ID = "mailing";
const TEXT_FIELDS = ["subjectNb", "bodyNb", "subjectEn", "bodyEn"] as const;
type FieldName = "audience" | (typeof TEXT_FIELDS)[number];

/** The server's answer to a refused post: what was typed and the messages per field ("" for the form). */
export type MailingFormResult = {
  initialValue?: Record<string, unknown> | null;
  error?: Record<string, string[] | null> | null;
};

/**
 * Compose, preview, queue. "Forhåndsvis" (the form's first button, so Enter previews) shows the
 * mail one recipient would get and every recipient, paged; only "Legg i utboksen" writes. Both
 * post the same fields, so what is queued is what the form holds; the page buttons of the
 * recipient list post the form again (without an intent, which the schema reads as a preview).
 * Checked on the server only, with plain fields: the page stays without a form library in the
 * browser, under the JavaScript budget.
 */
export function MailingForm({
  competitionId,
  idempotencyKey,
  defaults,
  lastResult,
  preview,
}: {
  competitionId: number;
  idempotencyKey: string;
  defaults: MailingDefaults;
  lastResult: MailingFormResult | null;
  preview: MailingPreview | null;
}) {
  const { t } = useTranslation();
  const errorsOf = (name: FieldName | "") => lastResult?.error?.[name] ?? undefined;
  const valueOf = (name: FieldName): string => {
    const typed = lastResult?.initialValue?.[name];
    return typeof typed === "string" ? typed : (defaults[name] ?? "");
  };
  const field = (name: (typeof TEXT_FIELDS)[number]) => ({
    id: `${FORM_ID}-${name}`,
    name,
    defaultValue: valueOf(name),
    errors: errorsOf(name),
  });
  return (
    <>
      <Section
        title={t("mailings.compose")}
        aside={
          <TextLink to={`?competition=${competitionId}&template=deadline-reminder`}>
            {t("mailings.useTemplate")}
          </TextLink>
        }
        className="mb-8 rounded-md border border-gray-300 p-4"
      >
        <Form method="post" id={FORM_ID} noValidate className="flex flex-col gap-4">
          <ErrorSummary
            formId={FORM_ID}
            id={`${FORM_ID}-errors`}
            errors={lastResult?.error ?? {}}
            fieldId={(name) => `${FORM_ID}-${name}`}
            order={["audience", ...TEXT_FIELDS]}
          />
          <input type="hidden" name="competitionId" value={competitionId} />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <SelectField
            id={`${FORM_ID}-audience`}
            name="audience"
            label={t("mailings.audience")}
            hint={t("mailings.audienceHint")}
            defaultValue={valueOf("audience") || "drafts"}
            errors={errorsOf("audience")}
            options={MAILING_AUDIENCES.map((audience) => ({
              value: audience,
              label: t(`mailings.audience.${audience}`),
            }))}
          />
          <p className="text-sm text-ink-muted">{t("mailings.placeholders")}</p>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="flex flex-col gap-3" lang="nb">
              <PlainField {...field("subjectNb")} label={t("mailings.subjectNb")} />
              <PlainField {...field("bodyNb")} label={t("mailings.bodyNb")} rows={12} />
            </div>
            <div className="flex flex-col gap-3" lang="en">
              <PlainField {...field("subjectEn")} label={t("mailings.subjectEn")} hint={t("mailings.englishHint")} />
              <PlainField {...field("bodyEn")} label={t("mailings.bodyEn")} rows={12} />
            </div>
          </div>
          <Button name="intent" value="preview" className="self-start">
            {t("mailings.preview")}
          </Button>
        </Form>
      </Section>
      {preview ? <PreviewSection preview={preview} /> : null}
    </>
  );
}

/** A text input, or a textarea when given `rows`, in the shared field layout. */
function PlainField({
  id,
  name,
  label,
  hint,
  defaultValue,
  errors,
  rows,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  errors?: string[];
  rows?: number;
}) {
  const errorId = `${id}-error`;
  return (
    <FieldShell id={id} errorId={errorId} label={label} hint={hint} errors={errors}>
      {(describedBy) => {
        const props = {
          id,
          name,
          defaultValue,
          "aria-describedby": describedBy,
          "aria-invalid": errors?.length ? true : undefined,
          className: controlClass(errors),
        };
        return rows ? <textarea {...props} rows={rows} /> : <input type="text" {...props} />;
      }}
    </FieldShell>
  );
}

function PreviewSection({ preview }: { preview: MailingPreview }) {
  const { t } = useTranslation();
  const { slice } = preview;
  return (
    <Section title={t("mailings.previewHeading")} className="mb-10 rounded-md border border-brand-700 p-4">
      <p className="mb-3 font-semibold" data-testid="recipient-count">
        {t("mailings.recipientCount", { count: preview.total })}
      </p>
      <p className="mb-3 text-sm">{t("mailings.previewNote")}</p>
      {preview.sample ? (
        <div className="mb-4 rounded-md border border-gray-200 p-3" data-testid="mailing-sample">
          <p className="mb-2 text-sm text-ink-muted">
            {t("mailings.sample", {
              name: preview.sample.name,
              email: preview.sample.email,
              organisation: preview.sample.organisationName,
            })}
          </p>
          <p className="font-semibold">{preview.sample.subject}</p>
          <p className="whitespace-pre-wrap">{preview.sample.body}</p>
        </div>
      ) : null}
      <h3 className="mb-2 font-semibold">{t("mailings.recipients")}</h3>
      <ul className="mb-3 text-sm">
        {preview.recipients.map((recipient) => (
          <li key={recipient.email} data-testid="mailing-recipient">
            {`${recipient.name} <${recipient.email}> · ${recipient.organisationName} · ${recipient.locale}`}
          </li>
        ))}
      </ul>
      {slice.pageCount > 1 ? (
        <nav aria-label={t("mailings.recipientPages")} className="mb-4 flex flex-wrap gap-2">
          {pageWindow(slice.page, slice.pageCount).map((page, index) =>
            page === "gap" ? (
              <span key={`gap-${index}`} aria-hidden="true">
                …
              </span>
            ) : (
              <Button
                key={page}
                form={FORM_ID}
                name="recipientPage"
                value={page}
                variant="link"
                aria-current={page === slice.page ? "page" : undefined}
              >
                {page}
              </Button>
            ),
          )}
        </nav>
      ) : null}
      {preview.total > 0 ? (
        <>
          <p className="mb-2 text-sm">{t("mailings.queueHint")}</p>
          <input type="hidden" form={FORM_ID} name="previewed" value={preview.fingerprint} />
          <Button form={FORM_ID} name="intent" value="queue">
            {t("mailings.queue", { count: preview.total })}
          </Button>
        </>
      ) : null}
    </Section>
  );
}
