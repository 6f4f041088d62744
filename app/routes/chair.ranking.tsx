import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { Page } from "#app/components/page.tsx";
import { ConfidenceSection } from "#app/components/ranking/confidence-section.tsx";
import { ContributionChart } from "#app/components/ranking/contribution-chart.tsx";
import { RankingExports } from "#app/components/ranking/ranking-exports.tsx";
import { RankingRules } from "#app/components/ranking/ranking-rules.tsx";
import { RankingFilters } from "#app/components/ranking/ranking-filters.tsx";
import { RankingTabs } from "#app/components/ranking/ranking-tabs.tsx";
import { MethodComparison, RankingTable } from "#app/components/ranking/ranking-table.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { caseReference } from "#app/domain/cases.server.ts";
import { getCompetitionWithCategories } from "#app/domain/competitions.server.ts";
import { findCompetitionOrNewest, listCompetitions } from "#app/domain/competition-lookup.server.ts";
import type { ScoringRound } from "#app/domain/jury-states.ts";
import { ShortOfSheetsList } from "#app/components/publication/short-of-sheets.tsx";
import { hasPublished, shortOfSheetsNow } from "#app/domain/publication.server.ts";
import { nextDirection, rankingViewParams, type RankingView } from "#app/domain/ranking-list.ts";
import { chairRankingRows, previewRankingMethods, rankingPage, setRankingMethod } from "#app/domain/ranking.server.ts";
import { rankingRules } from "#app/domain/ranking.ts";
import { weightPercentages } from "#app/domain/step-weights.ts";
import { rankingConfidence } from "#app/domain/verdict-confidence.server.ts";
import { rankingMethodSchema } from "#app/forms/ranking-forms.ts";
import { parseRankingView } from "#app/forms/ranking-search.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { rankingRulesText } from "#app/utils/ranking-rules.server.ts";
import { confidenceView } from "#app/utils/verdict-confidence-text.server.ts";
import { notFoundResponse, optionalId, orRespond, parseId } from "#app/utils/http.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("ranking.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const url = new URL(request.url);
  const view = parseRankingView(url.searchParams);
  const competitions = listCompetitions(db).map(({ id, name }) => ({ id, name }));
  const competition = orRespond(() => findCompetitionOrNewest(db, optionalId(url.searchParams.get("competition"))));
  if (!competition) return { competitions, competition: null };
  const { categories } = getCompetitionWithCategories(db, competition.id);
  const categoryId = optionalId(url.searchParams.get("category")) ?? categories[0]?.id ?? null;
  const category = categories.find((item) => item.id === categoryId) ?? null;
  if (categoryId !== null && !category) throw notFoundResponse();
  const round: ScoringRound =
    url.searchParams.get("round") === "final" && competition.finalRoundOpenedAt ? "final" : "main";
  const shown = category
    ? rankingPage(db, competition.id, round, { categoryId: category.id, flag: view.flag, search: view.search }, view, {
        page: view.page,
        size: view.size,
      })
    : null;
  // Only the shown rows, read from the stored per-method columns; the confidence figures beside them.
  const shownIds = shown?.rows.map((row) => row.caseId) ?? [];
  const previews = shownIds.length
    ? previewRankingMethods(db, competition.id, round, new Date(), { caseIds: shownIds })
    : null;
  const totals = shown?.totals.find((item) => item.categoryId === category?.id);
  const sure = category && totals?.cases ? rankingConfidence(db, competition.id, round, category.id, shownIds) : null;
  const confidence = sure && category ? confidenceView(sure, category.name, getTranslator(request)) : null;
  return {
    competitions,
    competition: {
      id: competition.id,
      name: competition.name,
      method: competition.rankingMethod,
      published: hasPublished(db, competition.id),
      rules: rankingRulesText(rankingRules(competition.rankingMethod), getTranslator(request).t),
      minScoreSheets: competition.minScoreSheets,
      scaleMax: competition.scaleMax,
      locked: competition.scoringLockedAt !== null,
      hasFinalRound: competition.finalRoundOpenedAt !== null,
    },
    round,
    // Listed apart: they cannot be finalists without the chair's reason (ADR 0030).
    shortOfSheets:
      category && round === "main" ? shortOfSheetsNow(db, competition.id, { categoryId: category.id }) : [],
    view: { ...view, page: shown?.slice.page ?? 1 },
    slice: shown?.slice ?? null,
    confidence,
    categories: categories.map(({ id, name }) => ({
      id,
      name,
      cases: shown?.totals.find((item) => item.categoryId === id)?.cases ?? 0,
    })),
    category: category
      ? {
          id: category.id,
          name: category.name,
          percentages: weightPercentages(category.weights),
          cases: totals?.cases ?? 0,
          flagCounts: {
            "too-few": totals?.tooFew ?? 0,
            disagreement: totals?.disagreement ?? 0,
            any: totals?.flagged ?? 0,
          },
        }
      : null,
    rows: chairRankingRows(
      shown?.rows ?? [],
      (caseId) => caseReference(competition.year, caseId),
      category?.weights ?? null,
      previews,
    ),
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
  const { t } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("ranking.title")}>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, competitions, categories, category, rows, round, view, slice, shortOfSheets, confidence } =
    loaded;
  const place = (categoryId: number | undefined, tabRound: ScoringRound) => ({
    competition: String(competition.id),
    ...(categoryId === undefined ? {} : { category: String(categoryId) }),
    ...(tabRound === "final" ? { round: "final" } : {}),
  });
  const here = place(category?.id, round);
  const viewUrl = (changes: Partial<RankingView>) =>
    `/chair/ranking?${new URLSearchParams({ ...here, ...rankingViewParams({ ...view, ...changes }) })}`;
  const pageUrl = (categoryId: number | undefined, tabRound: ScoringRound) =>
    `/chair/ranking?${new URLSearchParams(place(categoryId, tabRound))}`;
  const order = { sort: view.sort, direction: view.direction };
  return (
    <Page title={t("ranking.title")}>
      {searchParams.get("saved") === "method" ? <StatusMessage>{t("ranking.methodSaved")}</StatusMessage> : null}
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-4">
        {competition.locked ? t("ranking.scoringLocked") : t("ranking.scoringOpen")}{" "}
        <TextLink to={`/chair/jury?competition=${competition.id}`}>{t("jury.admin.title")}</TextLink>
      </p>
      {competition.hasFinalRound ? (
        <RankingTabs
          label={t("ranking.round")}
          className="mb-3"
          tabs={(["main", "final"] as const).map((item) => ({
            key: item,
            to: pageUrl(category?.id, item),
            label: t(`ranking.round.${item}`),
            current: item === round,
          }))}
        />
      ) : null}
      <RankingTabs
        label={t("ranking.category")}
        className="mb-6"
        tabs={categories.map((item) => ({
          key: item.id,
          to: pageUrl(item.id, round),
          label: t("ranking.categoryTab", { category: item.name, count: item.cases }),
          current: item.id === category?.id,
        }))}
      />
      {category && slice ? (
        <>
          <h2 className="mb-1 text-2xl font-semibold">{category.name}</h2>
          <p className="mb-4 text-sm text-ink-muted">{t("ranking.weights", category.percentages)}</p>
          <p className="mb-4">{t("ranking.currentMethod", { method: t(`ranking.method.${competition.method}`) })}</p>
          <RankingRules lines={competition.rules} className="mb-6" />
          <ShortOfSheetsList cases={shortOfSheets} />
          {category.cases === 0 ? (
            <p>{t("ranking.noCases")}</p>
          ) : (
            <>
              <RankingFilters
                keep={{ ...here, ...rankingViewParams({ ...view, flag: undefined, search: undefined, page: 1 }) }}
                search={view.search}
                flag={view.flag}
                size={view.size}
                flagCounts={category.flagCounts}
                clearHref={viewUrl({ flag: undefined, search: undefined, page: 1 })}
              />
              <p className="mb-2 text-sm" data-testid="ranking-showing">
                {rows.length === 0
                  ? t("ranking.noMatches")
                  : t("ranking.showing", {
                      from: slice.offset + 1,
                      to: slice.offset + rows.length,
                      total: slice.total,
                    })}
              </p>
              {rows.length > 0 ? (
                <>
                  <RankingTable
                    rows={rows}
                    minScoreSheets={competition.minScoreSheets}
                    order={order}
                    sortHref={(sort) => viewUrl({ sort, page: 1, direction: nextDirection(order, sort) })}
                  />
                  <Pagination page={slice} label={t("ranking.pages")} />
                  <ContributionChart
                    scaleMax={competition.scaleMax}
                    rows={rows.flatMap((row) =>
                      row.contributions ? [{ label: row.reference, contributions: row.contributions }] : [],
                    )}
                  />
                  <MethodComparison
                    rows={rows}
                    method={competition.method}
                    competitionId={competition.id}
                    frozen={competition.published}
                  />
                </>
              ) : null}
              {confidence ? <ConfidenceSection view={confidence} /> : null}
            </>
          )}
        </>
      ) : (
        <p>{t("ranking.noCases")}</p>
      )}
      <RankingExports competitionId={competition.id} />
    </Page>
  );
}
