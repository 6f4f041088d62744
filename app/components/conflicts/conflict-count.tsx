import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * Declared conflicts, and beside them the assignments that turned out to be in conflict with the
 * company after they were made: the chair should look at those.
 */
export function ConflictCount({ declared, flagged }: { declared: number; flagged: number }) {
  const { t } = useTranslation();
  return (
    <>
      {declared}
      {flagged > 0 ? (
        <span className="ml-2 font-semibold text-red-800" data-testid="flagged-conflicts">
          {t("jury.admin.flagged")}: {flagged}
        </span>
      ) : null}
    </>
  );
}
