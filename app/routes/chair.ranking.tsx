import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { Page } from "#app/components/page.tsx";
import { ContributionChart } from "#app/components/ranking/contribution-chart.tsx";
import { MethodComparison, RankingTable } from "#app/components/ranking/ranking-table.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { caseReference } from "#app/domain/cases.server.ts";
import { getCompetitionWithCategories } from "#app/domain/competitions.server.ts";
import { findCompetitionOrNewest, listCompetitions } from "#app/domain/competition-lookup.server.ts";
import type { ScoringRound } from "#app/domain/jury-states.ts";
import { getRanking, previewRankingMethods, setRankingMethod } from "#app/domain/ranking.server.ts";
import { stepContributions, weightPercentages } from "#app/domain/step-weights.ts";
import { perStep } from "#app/domain/steps.ts";
import { rankingMethodSchema } from "#app/forms/ranking-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, optionalId, orRespond, parseId } from "#app/utils/http.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("ranking.title"));

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
      // A case's step means are there together, from its first final sheet on, or not at all.
      const stepMeans = row.sheetCount === 0 ? null : perStep((step) => row[step.meanField] ?? 0);
      return {
        ...row,
        reference: caseReference(competition.year, row.caseId),
        stepMeans,
        byMethod: previews.get(row.caseId) ?? null,
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

/** Links that switch the page between rounds or categories, the current one marked. */
function Tabs({
  label,
  tabs,
  className,
}: {
  label: string;
  className: string;
  tabs: { key: string | number; to: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          to={tab.to}
          aria-current={tab.current ? "page" : undefined}
          className={`rounded-md border px-3 py-1 ${tab.current ? "border-brand-700 bg-brand-50 font-semibold" : "border-gray-300"}`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
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
  const { competition, competitions, categories, category, rows, round } = loaded;
  const pageUrl = (categoryId: number | undefined, tabRound: ScoringRound) =>
    `/chair/ranking?${new URLSearchParams({
      competition: String(competition.id),
      ...(categoryId === undefined ? {} : { category: String(categoryId) }),
      ...(tabRound === "final" ? { round: "final" } : {}),
    })}`;
  return (
    <Page title={t("ranking.title")}>
      {searchParams.get("saved") === "method" ? <StatusMessage>{t("ranking.methodSaved")}</StatusMessage> : null}
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-4">
        {competition.locked ? t("ranking.scoringLocked") : t("ranking.scoringOpen")}{" "}
        <TextLink to={`/chair/jury?competition=${competition.id}`}>{t("jury.admin.title")}</TextLink>
      </p>
      {competition.hasFinalRound ? (
        <Tabs
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
      <Tabs
        label={t("ranking.category")}
        className="mb-6"
        tabs={categories.map((item) => ({
          key: item.id,
          to: pageUrl(item.id, round),
          label: item.name,
          current: item.id === category?.id,
        }))}
      />
      {category ? (
        <>
          <h2 className="mb-1 text-2xl font-semibold">{category.name}</h2>
          <p className="mb-4 text-sm text-ink-muted">{t("ranking.weights", category.percentages)}</p>
          <p className="mb-4">{t("ranking.currentMethod", { method: t(`ranking.method.${competition.method}`) })}</p>
          {rows.length === 0 ? (
            <p>{t("ranking.noCases")}</p>
          ) : (
            <>
              <RankingTable rows={rows} minScoreSheets={competition.minScoreSheets} />
              <ContributionChart
                scaleMax={competition.scaleMax}
                rows={rows.flatMap((row) =>
                  row.contributions ? [{ label: row.reference, contributions: row.contributions }] : [],
                )}
              />
              <MethodComparison rows={rows} method={competition.method} competitionId={competition.id} />
            </>
          )}
        </>
      ) : (
        <p>{t("ranking.noCases")}</p>
      )}
      <Section title={t("ranking.export")}>
        <ul className="flex flex-col gap-1">
          <li>
            <TextLink to={`/chair/ranking.csv?competition=${competition.id}`} reloadDocument download>
              {t("ranking.exportRanking")}
            </TextLink>
          </li>
          <li>
            <TextLink to={`/chair/score-sheets.csv?competition=${competition.id}`} reloadDocument download>
              {t("ranking.exportSheets")}
            </TextLink>
          </li>
        </ul>
      </Section>
    </Page>
  );
}
