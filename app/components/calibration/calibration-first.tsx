import { TextLink } from "#app/components/ui/text-link.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** Shown instead of a real case's score sheet while the juror's calibration samples are not all in. */
export function CalibrationFirst({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="mb-6 rounded-md border-2 border-accent-500 p-4" data-testid="calibration-first">
      <p className="mb-2 font-semibold">{t("calibration.caseNotice")}</p>
      <TextLink to={to}>{t("calibration.caseNoticeLink")}</TextLink>
    </div>
  );
}
