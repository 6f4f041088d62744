import type { ShortCase } from "#app/domain/publication.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** Where a case short of sheets would stand, and how many sheets it has of how many it needs. */
export function Standing({ item }: { item: ShortCase }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="font-semibold">{item.reference}</span> {item.title}
      <span className="block text-sm">
        {item.rank === null
          ? t("shortSheets.unranked", { category: item.category })
          : t("shortSheets.wouldStand", { rank: item.rank, category: item.category })}
        {" · "}
        {t("shortSheets.sheets", { count: item.sheetCount, min: item.minSheets })}
        {item.wouldBeFinalist ? ` · ${t("shortSheets.wouldBeFinalist")}` : null}
      </span>
    </>
  );
}

/**
 * The cases short of sheets, listed apart from the ranking they would otherwise lead (ADR 0030):
 * on the ranking page as they stand, in a finalists preview with what became of each.
 */
export function ShortOfSheetsList({ cases, outcome = false }: { cases: ShortCase[]; outcome?: boolean }) {
  const { t } = useTranslation();
  if (cases.length === 0) return null;
  return (
    <div className="mb-4 rounded-md border border-amber-700 p-3" data-testid="short-of-sheets">
      <h3 className="mb-1 font-semibold">{t("shortSheets.title")}</h3>
      <p className="mb-2 text-sm">{t("shortSheets.intro", { min: cases[0]!.minSheets })}</p>
      <ul className="flex flex-col gap-2">
        {cases.map((item) => (
          <li key={item.caseId}>
            <Standing item={item} />
            {outcome ? (
              <span className="block text-sm font-semibold">
                {item.overrideReason === null
                  ? t("shortSheets.leftOut")
                  : t("shortSheets.included", { reason: item.overrideReason })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
