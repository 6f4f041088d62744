import type { FormMetadata } from "@conform-to/react";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * Every error of the form at its top, announced when it appears, each field's message a link to
 * that field (Conform names a field's control `${formId}-${name}`). The fields keep their own
 * messages too, so the reader sees each problem where it is.
 */
export function ErrorSummary<Schema extends Record<string, unknown>>({
  form,
}: {
  form: FormMetadata<Schema, string[]>;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(form.allErrors).filter(([, errors]) => errors.length > 0);
  if (entries.length === 0) return null;
  return (
    <div id={form.errorId} role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
      <p className="font-semibold">{t("form.errorSummary")}</p>
      <ul className="mt-1 list-disc pl-5">
        {entries.flatMap(([name, errors]) =>
          errors.map((error) => (
            <li key={`${name}:${error}`}>
              {name ? (
                <a href={`#${form.id}-${name}`} className="underline">
                  {error}
                </a>
              ) : (
                error
              )}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
