import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { Page } from "#app/components/page.tsx";
import { ContributionChart } from "#app/components/ranking/contribution-chart.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { caseReference } from "#app/domain/cases.server.ts";
import {
  findCompetitionOrNewest,
  getCompetitionWithCategories,
  listCompetitions,
} from "#app/domain/competitions.server.ts";
import { getRanking, previewRankingMethods, setRankingMethod } from "#app/domain/ranking.server.ts";
import type { ScoringRound } from "#app/domain/jury-states.ts";
import { RANKING_METHODS, type RankingMethod } from "#app/domain/ranking.ts";
import { stepContributions, weightPercentages } from "#app/domain/step-weights.ts";
import { rankingMethodSchema } from "#app/forms/ranking-forms.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, optionalId, orRespond, parseId } from "#app/utils/http.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const url = new URL(request.url);
  const competitions = listCompetitions(db).map(({ id, name }) => ({ id, name }));
  const competition = orRespond(() => findCompetitionOrNewest(db, optionalId(url.searchParams.get("competition"))));
  if (!competition) return { competitions, competition: null };
  const { categories } = getCompetitionWithCategories(db, competition.id);
  const categoryId = optionalId(url.searchParams.get("category")) ?? categories[0]?.id ?? null;
  const category = categories.find((item) => item.id === categoryId) ?? null;
  if (categoryId !== null && !category) throw notFoundResponse();
  const round: ScoringRound =
    url.searchParams.get("round") === "final" && competition.finalRoundOpenedAt ? "final" : "main";
  const previews = previewRankingMethods(db, competition.id, round);
  const rows = category ? getRanking(db, competition.id, round, category.id) : [];
  return {
    competitions,
    competition: {
      id: competition.id,
      name: competition.name,
      method: competition.rankingMethod,
      minScoreSheets: competition.minScoreSheets,
      scaleMax: competition.scaleMax,
      locked: competition.scoringLockedAt !== null,
      hasFinalRound: competition.finalRoundOpenedAt !== null,
    },
    round,
    categories: categories.map(({ id, name }) => ({ id, name })),
    category: category
      ? { id: category.id, name: category.name, percentages: weightPercentages(category.weights) }
      : null,
    rows: rows.map((row) => {
      const stepMeans =
        row.meanPromise === null
          ? null
          : { promise: row.meanPromise, anchoring: row.meanAnchoring!, realisation: row.meanRealisation! };
      const preview = previews.get(row.caseId);
      return {
        ...row,
        reference: caseReference(competition.year, row.caseId),
        stepMeans,
        normalised: preview?.normalised.score ?? null,
        rankByMethod: Object.fromEntries(
          RANKING_METHODS.map((method) => [method, preview?.[method].rank ?? null]),
        ) as Record<RankingMethod, number | null>,
        contributions: stepMeans && category ? stepContributions(stepMeans, category.weights) : null,
      };
    }),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const submission = parseWithZod(await request.formData(), { schema: rankingMethodSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const competitionId = parseId(submission.value.competitionId);
  orRespond(() => setRankingMethod(db, user.id, competitionId, submission.value.method, new Date()));
  const back = new URL(request.url).searchParams;
  back.set("competition", String(competitionId));
  back.set("saved", "method");
  return redirect(`/chair/ranking?${back}`);
}

export default function ChairRanking() {
  const loaded = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t, locale } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("ranking.title")}>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, competitions, categories, category, rows, round } = loaded;
  const roundQuery = round === "final" ? "&round=final" : "";
  const score = (value: number | null) => (value === null ? t("ranking.unranked") : formatScore(value, locale));
  const methodName = (method: RankingMethod) => t(`ranking.method.${method}`);
  return (
    <Page title={t("ranking.title")}>
      {searchParams.get("saved") === "method" ? <StatusMessage>{t("ranking.methodSaved")}</StatusMessage> : null}
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-4">
        {competition.locked ? t("ranking.scoringLocked") : t("ranking.scoringOpen")}{" "}
        <Link to={`/chair/jury?competition=${competition.id}`} className="text-brand-700 underline">
          {t("jury.admin.title")}
        </Link>
      </p>
      {competition.hasFinalRound ? (
        <nav aria-label={t("ranking.round")} className="mb-3 flex flex-wrap gap-2">
          {(["main", "final"] as const).map((item) => (
            <Link
              key={item}
              to={`/chair/ranking?competition=${competition.id}${category ? `&category=${category.id}` : ""}${item === "final" ? "&round=final" : ""}`}
              aria-current={item === round ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${item === round ? "border-brand-700 bg-brand-50 font-semibold" : "border-gray-300"}`}
            >
              {t(`ranking.round.${item}`)}
            </Link>
          ))}
        </nav>
      ) : null}
      <nav aria-label={t("ranking.category")} className="mb-6 flex flex-wrap gap-2">
        {categories.map((item) => (
          <Link
            key={item.id}
            to={`/chair/ranking?competition=${competition.id}&category=${item.id}${roundQuery}`}
            aria-current={item.id === category?.id ? "page" : undefined}
            className={`rounded-md border px-3 py-1 ${item.id === category?.id ? "border-brand-700 bg-brand-50 font-semibold" : "border-gray-300"}`}
          >
            {item.name}
          </Link>
        ))}
      </nav>
      {category ? (
        <>
          <h2 className="mb-1 text-2xl font-semibold">{category.name}</h2>
          <p className="mb-4 text-sm text-ink-muted">{t("ranking.weights", category.percentages)}</p>
          <p className="mb-4">{t("ranking.currentMethod", { method: methodName(competition.method) })}</p>
          {rows.length === 0 ? (
            <p>{t("ranking.noCases")}</p>
          ) : (
            <>
              <div className="mb-8 overflow-x-auto">
                <table className="w-full text-left text-sm [&_td]:pr-3 [&_th]:pr-3" data-testid="ranking-table">
                  <thead>
                    <tr className="border-b">
                      <th scope="col" className="py-2">
                        {t("ranking.rank")}
                      </th>
                      <th scope="col">{t("ranking.case")}</th>
                      <th scope="col">{t("ranking.score")}</th>
                      <th scope="col">{t("ranking.raw")}</th>
                      <th scope="col">{t("ranking.normalised")}</th>
                      <th scope="col">{t("ranking.stepMeans")}</th>
                      <th scope="col">{t("ranking.sheets")}</th>
                      <th scope="col">{t("ranking.spread")}</th>
                      <th scope="col">{t("ranking.flags")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.caseId} className="border-b align-top" data-testid="ranking-row">
                        <td className="py-2 font-semibold">{row.rank ?? t("ranking.unranked")}</td>
                        <th scope="row" className="font-normal">
                          <Link to={`/chair/cases/${row.caseId}`} className="text-brand-700 underline">
                            {row.reference}
                          </Link>{" "}
                          {row.title}
                          <span className="block text-ink-muted">{row.organisationName}</span>
                        </th>
                        <td className="font-semibold">{score(row.score)}</td>
                        <td>{score(row.rawMean)}</td>
                        <td>{score(row.normalised)}</td>
                        <td>
                          {row.stepMeans
                            ? `${score(row.stepMeans.promise)} / ${score(row.stepMeans.anchoring)} / ${score(row.stepMeans.realisation)}`
                            : "–"}
                        </td>
                        <td>
                          {row.sheetCount} / {competition.minScoreSheets}
                        </td>
                        <td>{score(row.spread)}</td>
                        <td>
                          <ul>
                            {row.tooFewSheets ? (
                              <li className="font-semibold text-red-800">
                                {t("ranking.flag.tooFew", { count: row.sheetCount, min: competition.minScoreSheets })}
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
              <ContributionChart
                scaleMax={competition.scaleMax}
                rows={rows.flatMap((row) =>
                  row.contributions ? [{ label: row.reference, contributions: row.contributions }] : [],
                )}
              />
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
                          <th key={method} scope="col" className={method === competition.method ? "bg-brand-50" : ""}>
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
                            const rank = row.rankByMethod[method];
                            const moved = rank !== row.rank && method !== competition.method;
                            return (
                              <td
                                key={method}
                                className={`${method === competition.method ? "bg-brand-50" : ""} ${moved ? "font-semibold" : ""}`}
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
                <div className="flex flex-wrap gap-2">
                  {RANKING_METHODS.filter((method) => method !== competition.method).map((method) => (
                    <Form key={method} method="post">
                      <input type="hidden" name="competitionId" value={competition.id} />
                      <Button name="method" value={method} variant="secondary">
                        {t("ranking.useMethod", { method: methodName(method) })}
                      </Button>
                    </Form>
                  ))}
                </div>
              </section>
            </>
          )}
        </>
      ) : (
        <p>{t("ranking.noCases")}</p>
      )}
      <section aria-labelledby="export-heading">
        <h3 id="export-heading" className="mb-2 text-xl font-semibold">
          {t("ranking.export")}
        </h3>
        <ul className="flex flex-col gap-1">
          <li>
            <a href={`/chair/ranking.csv?competition=${competition.id}`} className="text-brand-700 underline" download>
              {t("ranking.exportRanking")}
            </a>
          </li>
          <li>
            <a
              href={`/chair/score-sheets.csv?competition=${competition.id}`}
              className="text-brand-700 underline"
              download
            >
              {t("ranking.exportSheets")}
            </a>
          </li>
        </ul>
      </section>
    </Page>
  );
}
