import { SHOW_AGREEMENT_FIELD } from "#app/forms/publication-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import type { LastResult } from "./plain-field.tsx";

/**
 * The chair's choice to show the jury's agreement on the public page (ADR 0029): off unless ticked,
 * kept through a refused submission, and in a correction ticked as the version stands.
 */
export function ShowAgreementBox({
  formId,
  lastResult,
  current = false,
  hint,
}: {
  formId: string;
  lastResult: LastResult;
  /** The version's choice, for a correction; a new stage starts unticked. */
  current?: boolean;
  hint: string;
}) {
  const { t } = useTranslation();
  const id = `${formId}-${SHOW_AGREEMENT_FIELD}`;
  const sent = lastResult?.initialValue;
  const checked = sent ? sent[SHOW_AGREEMENT_FIELD] === "on" : current;
  // Only a hand-made request sends anything but "on"; the refusal still says so here.
  const errors = lastResult?.error?.[SHOW_AGREEMENT_FIELD] ?? null;
  return (
    <div>
      {errors ? (
        <p id={`${id}-error`} className="mb-1 text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      <label className="flex items-center gap-2" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={SHOW_AGREEMENT_FIELD}
          defaultChecked={checked}
          aria-describedby={errors ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={errors ? true : undefined}
          className="h-4 w-4"
        />
        {t("publishedConfidence.showLabel")}
      </label>
      <p id={`${id}-hint`} className="max-w-prose text-sm text-ink-muted">
        {hint}
      </p>
    </div>
  );
}
