import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** Asked before a juror first sees a case: no conflict opens it, a declared conflict takes it away. */
export function ConflictQuestion({
  organisationName,
  result,
}: {
  organisationName: string | null;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t("jury.conflict.title")} className="max-w-2xl">
      <p className="mb-4">
        {t("jury.conflict.intro", { organisation: organisationName ?? t("jury.conflict.hidden") })}
      </p>
      <Form method="post" className="mb-6">
        <Button name="intent" value="no-conflict">
          {t("jury.conflict.none")}
        </Button>
      </Form>
      <DeclareConflictForm result={result} />
    </Section>
  );
}

export function DeclareConflictForm({ result }: { result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const reasonErrors = result?.error?.reason;
  const postedReason = result?.initialValue?.reason;
  return (
    <Form id="declare-conflict" method="post" className="flex flex-col gap-2 rounded-md border border-gray-300 p-4">
      <ErrorSummary
        formId="declare-conflict"
        id="declare-conflict-error"
        errors={{ reason: reasonErrors }}
        fieldId={() => "conflict-reason"}
      />
      <label htmlFor="conflict-reason" className="font-medium">
        {t("jury.conflict.reason")}
      </label>
      <p id="conflict-reason-hint" className="text-sm text-ink-muted">
        {t("jury.conflict.reasonHint")}
      </p>
      <textarea
        id="conflict-reason"
        name="reason"
        rows={3}
        defaultValue={typeof postedReason === "string" ? postedReason : ""}
        aria-describedby={`conflict-reason-hint${reasonErrors ? " conflict-reason-error" : ""}`}
        aria-invalid={reasonErrors ? true : undefined}
        className="rounded-md border border-gray-400 px-3 py-2"
      />
      <FieldErrors id="conflict-reason-error" errors={reasonErrors} />
      <Button name="intent" value="declare-conflict" variant="secondary" className="self-start">
        {t("jury.conflict.declare")}
      </Button>
    </Form>
  );
}
