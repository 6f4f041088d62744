import type { Alpha, ConfidenceFigures } from "#app/domain/verdict-confidence.ts";
import { JUDGING_STEPS, type StepKey } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
import type { Locale } from "#app/domain/locales.ts";
import type { Translate } from "#app/i18n/messages.ts";

type Severity = ConfidenceFigures["competition"]["severity"];

/**
 * "How sure is the ranking?" worded on the server, as `rankingRulesText` is: the section's long
 * texts would otherwise travel in the staff catalogue every chair and juror page loads, past the
 * 120 kB budget. The view gets sentences, table headings and formatted figures; the chart gets the
 * numbers it draws.
 */
export function confidenceView(
  confidence: ConfidenceFigures,
  categoryName: string,
  { t, locale }: { t: Translate; locale: Locale },
) {
  const score = (value: number) => formatScore(value, locale);
  const { category, competition, cases } = confidence;
  const label = (caseId: number) => cases[caseId]?.reference ?? String(caseId);
  const stepName = (step: StepKey) => t(JUDGING_STEPS.find((item) => item.key === step)!.messages.name);
  const alphaLines = (alpha: Alpha, scope: "category" | "competition") => [
    alpha.alpha === null
      ? t("confidence.agreement.none", {
          scope: scope === "category" ? categoryName : t("confidence.agreement.scopeCompetition"),
        })
      : t(scope === "category" ? "confidence.agreement.category" : "confidence.agreement.competition", {
          category: categoryName,
          alpha: score(alpha.alpha),
          units: alpha.units,
          values: alpha.values,
        }),
    t(`confidence.reading.${alpha.reading}`),
  ];
  const severityRows = (rows: Severity) =>
    rows.map((row) => ({
      key: row.jurorId,
      name: row.name,
      value: (row.severity > 0 ? "+" : "") + score(row.severity),
      cases: row.cases,
      flag: row.outlier ? t("confidence.severity.outlier") : "",
    }));
  const changes = (shifts: typeof category.weightShifts) =>
    shifts
      .map((shift) =>
        t("confidence.weights.change", { step: stepName(shift.step), percent: score(shift.percentages[shift.step]) }),
      )
      .join(t("confidence.weights.or"));
  const winnerShifts = category.weightShifts.filter((shift) => shift.winnerChanges);
  const podiumShifts = category.weightShifts.filter((shift) => shift.podiumChanges && !shift.winnerChanges);
  return {
    heading: t("confidence.heading"),
    intro: t("confidence.intro", { method: t(`ranking.method.${confidence.method}`) }),
    agreement: {
      heading: t("confidence.agreement.heading"),
      category: alphaLines(category.agreement.total, "category"),
      perStep: `${t("confidence.perStep")}: ${JUDGING_STEPS.map((step) => {
        const alpha = category.agreement.perStep[step.key].alpha;
        return `${t(step.messages.name)} ${alpha === null ? t("confidence.perStep.none") : score(alpha)}`;
      }).join(" · ")}`,
      competition: alphaLines(competition.agreement.total, "competition"),
    },
    severity: {
      heading: t("confidence.severity.heading"),
      explain: t("confidence.severity.explain"),
      hint: [...competition.severity, ...category.severity].some((row) => row.outlier)
        ? t("confidence.severity.hint")
        : null,
      columns: [
        t("confidence.severity.juror"),
        t("confidence.severity.value"),
        t("confidence.severity.cases"),
        t("confidence.severity.flag"),
      ],
      none: t("confidence.severity.none"),
      competitionHeading: t("confidence.severity.competition"),
      category: severityRows(category.severity),
      competition: severityRows(competition.severity),
      rule: t("confidence.severity.rule"),
    },
    stability: {
      heading: t("confidence.stability.heading"),
      explain: t("confidence.stability.explain", { count: category.jurorsTried }),
      lines: category.decisiveJurors.length
        ? category.decisiveJurors.map((juror) => ({
            alert: true,
            text: !juror.winnerChanges
              ? t("confidence.stability.finalists", { juror: juror.name, count: category.finalists })
              : juror.winnerIds.length
                ? t("confidence.stability.winner", { juror: juror.name, cases: juror.winnerIds.map(label).join(", ") })
                : t("confidence.stability.noWinner", { juror: juror.name }),
          }))
        : [{ alert: false, text: t("confidence.stability.stable", { count: category.finalists }) }],
      columns: [
        t("confidence.stability.case"),
        t("confidence.stability.rank"),
        t("confidence.stability.best"),
        t("confidence.stability.worst"),
      ],
      rows: category.stability.map((row) => ({ ...row, label: label(row.caseId) })),
    },
    intervals: {
      heading: t("confidence.intervals.heading"),
      explain: t("confidence.intervals.explain"),
      chartLabel: t("confidence.intervals.chartLabel"),
      columns: [
        t("confidence.stability.case"),
        t("confidence.intervals.score"),
        t("confidence.intervals.interval"),
        t("confidence.intervals.range"),
      ],
      scale: confidence.scale,
      rows: category.intervals.map((row) => ({
        label: label(row.caseId),
        score: row.score,
        low: row.low,
        high: row.high,
        min: row.min,
        max: row.max,
        scoreText: score(row.score),
        intervalText:
          row.low === null || row.high === null
            ? t("confidence.intervals.oneSheet")
            : `${score(row.low)}–${score(row.high)}`,
        rangeText: `${score(row.min)}–${score(row.max)}`,
      })),
    },
    margins: {
      heading: t("confidence.margins.heading"),
      lines: category.margins.map((margin) => {
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
        return {
          key: `${margin.kind}-${margin.upper}`,
          strong: margin.photoFinish === true,
          text: [
            margin.kind === "cut" ? `${t("confidence.margins.cut")}:` : "",
            text,
            margin.intervalsOverlap ? t("confidence.margins.overlap") : "",
          ]
            .filter(Boolean)
            .join(" "),
        };
      }),
      rule: t("confidence.margins.rule"),
    },
    weights: {
      heading: t("confidence.weights.heading"),
      lines: [
        winnerShifts.length
          ? t("confidence.weights.winner", { changes: changes(winnerShifts) })
          : t("confidence.weights.none"),
        ...(podiumShifts.length ? [t("confidence.weights.podium", { changes: changes(podiumShifts) })] : []),
      ],
    },
  };
}

export type ConfidenceView = ReturnType<typeof confidenceView>;
