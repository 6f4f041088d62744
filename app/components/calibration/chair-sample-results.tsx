import { Section } from "#app/components/ui/section.tsx";
import { SortHeader } from "#app/components/ui/sort-header.tsx";
import type { Leaning } from "#app/domain/calibration.ts";
import type { SortDirection } from "#app/domain/paging.ts";
import { JUDGING_STEPS, type StepKey } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type ChairSampleRow = {
  jurorId: string;
  name: string;
  scores: Record<StepKey, number>;
  total: number;
  difference: number | null;
  leaning: Leaning | null;
};

export type ChairSample = {
  id: number;
  position: number;
  title: string;
  rows: ChairSampleRow[];
  spread: { min: number; max: number; range: number } | null;
  missing: string[];
};

const LEANING_LABELS = {
  harsher: "calibration.leaning.harsher",
  milder: "calibration.leaning.milder",
  inLine: "calibration.leaning.inLine",
} as const;

/**
 * One sample's submitted sheets by juror name (the chair's view): step scores, weighted total, the
 * difference from the other jurors' median and the leaning the juror was shown, then the spread of
 * totals and who has not submitted. Sorted by the address; every juror is on the page.
 */
export function ChairSampleResults({
  sample,
  order,
}: {
  sample: ChairSample;
  order: { sort: string; dir: SortDirection };
}) {
  const { t, locale } = useTranslation();
  const score = (value: number) => formatScore(value, locale);
  const header = (key: string, label: string, className = "text-right") => (
    <SortHeader key={key} label={label} sortKey={key} sort={order.sort} dir={order.dir} className={className} />
  );
  return (
    <Section title={`${t("calibration.sample.heading", { number: sample.position })}: ${sample.title}`}>
      {sample.rows.length === 0 ? (
        <p className="mb-3">{t("calibration.chair.none")}</p>
      ) : (
        <div className="mb-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="calibration-sheets">
            <caption className="mb-2 text-left font-semibold">
              {t("calibration.chair.caption", { title: sample.title, count: sample.rows.length })}
            </caption>
            <thead className="border-b">
              <tr>
                {header("juror", t("calibration.col.juror"), "")}
                {JUDGING_STEPS.map((step) => header(step.key, t(step.messages.name)))}
                {header("total", t("calibration.col.total"))}
                {header("difference", t("calibration.col.difference"))}
                <th scope="col" className="py-2 pl-3">
                  {t("calibration.col.leaning")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sample.rows.map((row) => (
                <tr key={row.jurorId} className="border-b" data-testid="calibration-sheet">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {row.name}
                  </th>
                  {JUDGING_STEPS.map((step) => (
                    <td key={step.key} className="pr-3 text-right">
                      {score(row.scores[step.key])}
                    </td>
                  ))}
                  <td className="pr-3 text-right font-semibold">{score(row.total)}</td>
                  <td className="pr-3 text-right">
                    {row.difference === null ? "–" : `${row.difference > 0 ? "+" : ""}${score(row.difference)}`}
                  </td>
                  <td className="pl-3">
                    {row.leaning ? t(LEANING_LABELS[row.leaning]) : t("calibration.leaning.unknown")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sample.spread ? (
        <p data-testid="calibration-spread">
          {t("calibration.spread", {
            min: score(sample.spread.min),
            max: score(sample.spread.max),
            range: score(sample.spread.range),
          })}
        </p>
      ) : null}
      <p data-testid="calibration-missing">
        {sample.missing.length === 0
          ? t("calibration.allDone")
          : t("calibration.missing", { count: sample.missing.length, names: sample.missing.join(", ") })}
      </p>
    </Section>
  );
}
