import { Form, Link } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import type { RankingOrder, RankingSort } from "#app/domain/ranking-list.ts";
import { RANKING_METHODS, type RankingMethod } from "#app/domain/ranking.ts";
import { STEP_KEYS } from "#app/domain/steps.ts";
import type { StepScores } from "#app/domain/step-weights.ts";
import { formatScore } from "#app/i18n/format.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

type MethodResult = { rank: number | null; score: number | null };

/** One case of a category's ranking, as the chair studies it. */
export type RankingRow = {
  caseId: number;
  reference: string;
  title: string;
  organisationName: string;
  rank: number | null;
  score: number | null;
  rawMean: number | null;
  stepMeans: StepScores | null;
  sheetCount: number;
  spread: number | null;
  tooFewSheets: boolean;
  highDisagreement: boolean;
  /** The case under every method, for comparing before choosing; null before it has a sheet. */
  byMethod: Record<RankingMethod, MethodResult> | null;
};

function useScore() {
  const { t, locale } = useTranslation();
  return (value: number | null) => (value === null ? t("ranking.unranked") : formatScore(value, locale));
}

/** The category's ranking under the chosen method, with the numbers and flags behind each place. */
export function RankingTable({
  rows,
  minScoreSheets,
  order,
  sortHref,
}: {
  rows: RankingRow[];
  minScoreSheets: number;
  order: RankingOrder;
  /** The address that sorts by a column: its first direction, or the other way when it is the current one. */
  sortHref: (sort: RankingSort) => string;
}) {
  const { t } = useTranslation();
  const score = useScore();
  const stepMeans = (means: StepScores | null) => (means ? STEP_KEYS.map((key) => score(means[key])).join(" / ") : "–");
  const sortable = (sort: RankingSort, label: MessageKey) => (
    <Link to={sortHref(sort)} className="underline" aria-label={t("ranking.sortBy", { column: t(label) })}>
      {t(label)}
    </Link>
  );
  const ariaSort = (...sorts: RankingSort[]) =>
    sorts.includes(order.sort) ? (order.direction === "asc" ? "ascending" : "descending") : undefined;
  return (
    <div className="mb-4 overflow-x-auto">
      <table className="w-full text-left text-sm [&_td]:pr-3 [&_th]:pr-3" data-testid="ranking-table">
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2" aria-sort={ariaSort("rank")}>
              {sortable("rank", "ranking.rank")}
            </th>
            <th scope="col" aria-sort={ariaSort("title", "organisation")}>
              {sortable("title", "ranking.case")} · {sortable("organisation", "ranking.organisation")}
            </th>
            <th scope="col" aria-sort={ariaSort("score")}>
              {sortable("score", "ranking.score")}
            </th>
            <th scope="col" aria-sort={ariaSort("raw")}>
              {sortable("raw", "ranking.raw")}
            </th>
            <th scope="col">{t("ranking.normalised")}</th>
            <th scope="col">{t("ranking.stepMeans")}</th>
            <th scope="col" aria-sort={ariaSort("sheets")}>
              {sortable("sheets", "ranking.sheets")}
            </th>
            <th scope="col" aria-sort={ariaSort("spread")}>
              {sortable("spread", "ranking.spread")}
            </th>
            <th scope="col">{t("ranking.flags")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.caseId} className="border-b align-top" data-testid="ranking-row">
              <td className="py-2 font-semibold">{row.rank ?? t("ranking.unranked")}</td>
              <th scope="row" className="font-normal">
                <TextLink to={`/chair/cases/${row.caseId}`}>{row.reference}</TextLink> {row.title}
                <span className="block text-ink-muted">{row.organisationName}</span>
              </th>
              <td className="font-semibold">{score(row.score)}</td>
              <td>{score(row.rawMean)}</td>
              <td>{score(row.byMethod?.normalised.score ?? null)}</td>
              <td>{stepMeans(row.stepMeans)}</td>
              <td>
                {row.sheetCount} / {minScoreSheets}
              </td>
              <td>{score(row.spread)}</td>
              <td>
                <ul>
                  {row.tooFewSheets ? (
                    <li className="font-semibold text-red-800">
                      {t("ranking.flag.tooFew", { count: row.sheetCount, min: minScoreSheets })}
                    </li>
                  ) : null}
                  {row.highDisagreement ? (
                    <li className="font-semibold text-amber-800">{t("ranking.flag.disagreement")}</li>
                  ) : null}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where each case on the page would land under every method, and the buttons that switch the method. */
export function MethodComparison({
  rows,
  method: current,
  competitionId,
  frozen,
}: {
  rows: RankingRow[];
  method: RankingMethod;
  competitionId: number;
  /** A result is published with this method: the others are compared, never offered. */
  frozen: boolean;
}) {
  const { t } = useTranslation();
  const methodName = (method: RankingMethod) => t(`ranking.method.${method}`);
  return (
    <section aria-labelledby="methods-heading" className="mb-8">
      <h3 id="methods-heading" className="mb-2 text-xl font-semibold">
        {t("ranking.compare")}
      </h3>
      <div className="overflow-x-auto">
        <table className="mb-3 w-full text-left text-sm [&_td]:pr-3 [&_th]:pr-3" data-testid="method-preview">
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                {t("ranking.case")}
              </th>
              {RANKING_METHODS.map((method) => (
                <th key={method} scope="col" className={method === current ? "bg-brand-50" : ""}>
                  {methodName(method)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.caseId} className="border-b">
                <th scope="row" className="py-2 font-normal">
                  {row.reference}
                </th>
                {RANKING_METHODS.map((method) => {
                  const rank = row.byMethod?.[method].rank ?? null;
                  const moved = rank !== row.rank && method !== current;
                  return (
                    <td
                      key={method}
                      className={`${method === current ? "bg-brand-50" : ""} ${moved ? "font-semibold" : ""}`}
                    >
                      {moved ? t("ranking.moved", { from: row.rank ?? "–", to: rank ?? "–" }) : (rank ?? "–")}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mb-3 flex flex-col gap-1 text-sm">
        {RANKING_METHODS.map((method) => (
          <li key={method}>
            <strong>{methodName(method)}:</strong> {t(`ranking.methodHint.${method}`)}
          </li>
        ))}
      </ul>
      {frozen ? null : (
        <div className="flex flex-wrap gap-2">
          {RANKING_METHODS.filter((method) => method !== current).map((method) => (
            <Form key={method} method="post">
              <input type="hidden" name="competitionId" value={competitionId} />
              <Button name="method" value={method} variant="secondary">
                {t("ranking.useMethod", { method: methodName(method) })}
              </Button>
            </Form>
          ))}
        </div>
      )}
    </section>
  );
}
