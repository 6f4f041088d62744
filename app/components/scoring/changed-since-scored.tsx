import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** Tells a juror the company submitted a new version after their sheet was saved, with the diff a click away. */
export function ChangedSinceScored({ scored, current }: { scored: number; current: number }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const diffParams = new URLSearchParams(searchParams);
  diffParams.set("from", String(scored));
  diffParams.set("to", String(current));
  return (
    <div className="mb-6 rounded-md border-2 border-accent-500 p-4" role="status" data-testid="case-changed">
      <p className="font-semibold">{t("caseVersions.changedSinceScored", { scored, current })}</p>
      <Link to={`?${diffParams}#version-diff`} className="text-brand-700 underline hover:text-brand-900">
        {t("caseVersions.seeChanges")}
      </Link>
    </div>
  );
}
