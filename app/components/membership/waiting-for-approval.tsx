import { Page } from "#app/components/page.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { formatOrgNumber } from "#app/domain/org-number.ts";

/** What a pending member sees instead of the company's cases: where they stand, nothing more. */
export function WaitingForApproval({ organisation }: { organisation: { name: string; orgNumber: string } }) {
  const { t } = useTranslation();
  return (
    <Page title={t("pending.title")} narrow>
      <p className="mb-4">
        {t("pending.body", { organisation: organisation.name, orgNumber: formatOrgNumber(organisation.orgNumber) })}
      </p>
      <p className="text-ink-muted">{t("pending.nothingYet")}</p>
    </Page>
  );
}
