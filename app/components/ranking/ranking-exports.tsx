import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** The two complete CSV downloads: every ranked case and every score sheet, whatever the page shows. */
export function RankingExports({ competitionId }: { competitionId: number }) {
  const { t } = useTranslation();
  return (
    <Section title={t("ranking.export")}>
      <ul className="flex flex-col gap-1">
        <li>
          <TextLink to={`/chair/ranking.csv?competition=${competitionId}`} reloadDocument download>
            {t("ranking.exportRanking")}
          </TextLink>
        </li>
        <li>
          <TextLink to={`/chair/score-sheets.csv?competition=${competitionId}`} reloadDocument download>
            {t("ranking.exportSheets")}
          </TextLink>
        </li>
      </ul>
    </Section>
  );
}
