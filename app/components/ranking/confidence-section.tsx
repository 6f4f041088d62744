import type { RankingConfidence } from "#app/domain/verdict-confidence.server.ts";
import type { Alpha } from "#app/domain/verdict-confidence.ts";
import { JUDGING_STEPS } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { ConfidenceChart } from "./confidence-chart.tsx";

type Severity = RankingConfidence["competition"]["severity"];

function SeverityTable({ rows }: { rows: Severity }) {
  const { t, locale } = useTranslation();
  if (rows.length === 0) return <p className="text-sm">{t("confidence.severity.none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="text-left text-sm [&_td]:pr-4 [&_th]:pr-4" data-testid="confidence-severity">
        <thead>
          <tr className="border-b">
            <th scope="col">{t("confidence.severity.juror")}</th>
            <th scope="col">{t("confidence.severity.value")}</th>
            <th scope="col">{t("confidence.severity.cases")}</th>
            <th scope="col">{t("confidence.severity.flag")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.jurorId} className={`border-b ${row.outlier ? "font-semibold" : ""}`}>
              <th scope="row" className="font-normal">
                {row.name}
              </th>
              <td>{(row.severity > 0 ? "+" : "") + formatScore(row.severity, locale)}</td>
              <td>{row.cases}</td>
              <td>{row.outlier ? t("confidence.severity.outlier") : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "How sure is the ranking?": agreement, severity, stability, uncertainty, weights, short of sheets. */
export function ConfidenceSection({
  confidence,
  categoryName,
}: {
  confidence: RankingConfidence;
  categoryName: string;
}) {
  const { t, locale } = useTranslation();
  const score = (value: number) => formatScore(value, locale);
  const { category, competition, cases, scale } = confidence;
  const label = (caseId: number) => cases[caseId]?.reference ?? String(caseId);
  const labels = (caseIds: readonly number[]) => caseIds.map(label).join(", ");
  const alphaLine = (alpha: Alpha, scope: "category" | "competition") =>
    alpha.alpha === null
      ? t("confidence.agreement.none", {
          scope: scope === "category" ? categoryName : t("confidence.agreement.scopeCompetition"),
        })
      : t(scope === "category" ? "confidence.agreement.category" : "confidence.agreement.competition", {
          category: categoryName,
          alpha: score(alpha.alpha),
          units: alpha.units,
          values: alpha.values,
        });
  const stepName = (step: string) => t(JUDGING_STEPS.find((item) => item.key === step)!.messages.name);
  const changes = (shifts: typeof category.weightShifts) =>
    shifts
      .map((shift) =>
        t("confidence.weights.change", {
          step: stepName(shift.step),
          percent: formatScore(shift.percentages[shift.step], locale),
        }),
      )
      .join(t("confidence.weights.or"));
  const winnerShifts = category.weightShifts.filter((shift) => shift.winnerChanges);
  const podiumShifts = category.weightShifts.filter((shift) => shift.podiumChanges && !shift.winnerChanges);
  const outliers = [...competition.severity, ...category.severity].some((row) => row.outlier);
  return (
    <section aria-labelledby="confidence-heading" data-testid="confidence" className="mb-6 mt-8">
      <h2 id="confidence-heading" className="mb-2 text-2xl font-semibold">
        {t("confidence.heading")}
      </h2>
      <p className="mb-4 max-w-prose text-sm">
        {t("confidence.intro", { method: t(`ranking.method.${confidence.method}`) })}
      </p>

      <h3 className="mb-1 text-lg font-semibold">{t("confidence.agreement.heading")}</h3>
      <div className="mb-4 space-y-1" data-testid="confidence-agreement">
        <p>{alphaLine(category.agreement.total, "category")}</p>
        <p className="text-sm">{t(`confidence.reading.${category.agreement.total.reading}`)}</p>
        <p className="text-sm">
          {t("confidence.perStep")}:{" "}
          {JUDGING_STEPS.map((step) => {
            const alpha = category.agreement.perStep[step.key].alpha;
            return `${t(step.messages.name)} ${alpha === null ? t("confidence.perStep.none") : score(alpha)}`;
          }).join(" · ")}
        </p>
        <p>{alphaLine(competition.agreement.total, "competition")}</p>
        <p className="text-sm">{t(`confidence.reading.${competition.agreement.total.reading}`)}</p>
      </div>

      <h3 className="mb-1 text-lg font-semibold">{t("confidence.severity.heading")}</h3>
      <p className="mb-2 max-w-prose text-sm">{t("confidence.severity.explain")}</p>
      {outliers ? (
        <p className="mb-2 max-w-prose font-semibold" data-testid="confidence-severity-hint">
          {t("confidence.severity.hint")}
        </p>
      ) : null}
      <SeverityTable rows={category.severity} />
      <p className="mb-4 mt-1 text-sm text-ink-muted">{t("confidence.severity.rule")}</p>

      <h3 className="mb-1 text-lg font-semibold">{t("confidence.stability.heading")}</h3>
      <p className="mb-2 max-w-prose text-sm">{t("confidence.stability.explain", { count: category.jurorsTried })}</p>
      <ul className="mb-2 space-y-1" data-testid="confidence-stability">
        {category.decisiveJurors.length === 0 ? (
          <li>{t("confidence.stability.stable", { count: category.finalists })}</li>
        ) : (
          category.decisiveJurors.map((juror) => (
            <li key={juror.jurorId} className="font-semibold" role="alert">
              {juror.winnerChanges
                ? t("confidence.stability.winner", { juror: juror.name, cases: labels(juror.winnerIds) })
                : t("confidence.stability.finalists", { juror: juror.name, count: category.finalists })}
            </li>
          ))
        )}
      </ul>
      {category.stability.length > 0 ? (
        <div className="mb-4 overflow-x-auto">
          <table className="text-left text-sm [&_td]:pr-4 [&_th]:pr-4" data-testid="confidence-ranks">
            <thead>
              <tr className="border-b">
                <th scope="col">{t("confidence.stability.case")}</th>
                <th scope="col">{t("confidence.stability.rank")}</th>
                <th scope="col">{t("confidence.stability.best")}</th>
                <th scope="col">{t("confidence.stability.worst")}</th>
              </tr>
            </thead>
            <tbody>
              {category.stability.map((row) => (
                <tr key={row.caseId} className="border-b">
                  <th scope="row" className="font-normal">
                    {label(row.caseId)}
                  </th>
                  <td>{row.rank ?? "–"}</td>
                  <td>{row.best ?? "–"}</td>
                  <td>{row.worst ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <h3 className="mb-1 text-lg font-semibold">{t("confidence.intervals.heading")}</h3>
      <p className="mb-2 max-w-prose text-sm">{t("confidence.intervals.explain")}</p>
      {category.intervals.length > 0 ? (
        <ConfidenceChart scale={scale} rows={category.intervals.map((row) => ({ ...row, label: label(row.caseId) }))} />
      ) : null}

      <h3 className="mb-1 text-lg font-semibold">{t("confidence.margins.heading")}</h3>
      <ul className="mb-1 space-y-1" data-testid="confidence-margins">
        {category.margins.map((margin) => {
          const values = {
            upper: margin.upper,
            lower: margin.lower,
            upperCase: label(margin.upperCaseId),
            lowerCase: label(margin.lowerCaseId),
            gap: score(margin.gap),
            error: margin.combinedError === null ? "–" : score(margin.combinedError),
          };
          const text =
            margin.photoFinish === null
              ? t("confidence.margins.unknown", values)
              : t(margin.photoFinish ? "confidence.margins.photo" : "confidence.margins.clear", values);
          return (
            <li key={`${margin.kind}-${margin.upper}`} className={margin.photoFinish ? "font-semibold" : ""}>
              {margin.kind === "cut" ? `${t("confidence.margins.cut")}: ` : ""}
              {text} {margin.intervalsOverlap ? t("confidence.margins.overlap") : ""}
            </li>
          );
        })}
      </ul>
      <p className="mb-4 text-sm text-ink-muted">{t("confidence.margins.rule")}</p>

      <h3 className="mb-1 text-lg font-semibold">{t("confidence.weights.heading")}</h3>
      <div className="mb-4 space-y-1" data-testid="confidence-weights">
        <p>
          {winnerShifts.length
            ? t("confidence.weights.winner", { changes: changes(winnerShifts) })
            : t("confidence.weights.none")}
        </p>
        {podiumShifts.length ? <p>{t("confidence.weights.podium", { changes: changes(podiumShifts) })}</p> : null}
      </div>

      <h3 className="mb-1 text-lg font-semibold">{t("confidence.short.heading")}</h3>
      <ul className="mb-4 space-y-1" data-testid="confidence-short">
        {category.shortOfSheets.length === 0 ? (
          <li>{t("confidence.short.none", { min: confidence.minSheets })}</li>
        ) : (
          category.shortOfSheets.map((item) => {
            const values = {
              reference: label(item.caseId),
              title: cases[item.caseId]?.title ?? "",
              count: item.sheetCount,
              min: confidence.minSheets,
              rank: item.rank ?? "–",
            };
            return (
              <li key={item.caseId}>
                {item.rank === null ? t("confidence.short.unranked", values) : t("confidence.short.item", values)}
              </li>
            );
          })
        )}
      </ul>
    </section>
  );
}
