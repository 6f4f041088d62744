import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { CalibrationDashboard } from "#app/components/calibration/calibration-dashboard.tsx";
import { Page } from "#app/components/page.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { ProgressBar } from "#app/components/ui/progress-bar.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { openCalibrationsForJuror } from "#app/domain/calibration.server.ts";
import { findCompetition } from "#app/domain/competition-lookup.server.ts";
import { openRound, type RoundWindows } from "#app/domain/deadlines.ts";
import { listJurorCases, listJurorFinalRoundCases } from "#app/domain/jury.server.ts";
import { pageOf } from "#app/domain/paging.ts";
import { parsePageParam } from "#app/forms/list-params.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import type { Locale } from "#app/domain/locales.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("jury.title"));

/** A calm page: a juror with a hundred cases sees them 25 at a time, numbered across the pages. */
const JUROR_PAGE_SIZE = 25;

/**
 * Which round the juror may score in now, said in one sentence with its own deadline, so an open
 * final round is never announced as closed scoring.
 */
function roundStatus(competition: RoundWindows, now: Date, locale: Locale): { key: MessageKey; deadline?: string } {
  const round = openRound(competition, now);
  if (round === "final") {
    return competition.finalRoundDeadlineAt
      ? { key: "finalRound.status.final", deadline: formatDateTime(competition.finalRoundDeadlineAt, locale) }
      : { key: "finalRound.status.finalNoDeadline" };
  }
  if (round === "main")
    return { key: "finalRound.status.main", deadline: formatDateTime(competition.scoringDeadlineAt, locale) };
  return { key: competition.finalRoundOpenedAt ? "finalRound.status.finalClosed" : "finalRound.status.closed" };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "juror");
  const locale = getLocale(request);
  const assigned = listJurorCases(db, user.id);
  const cases = assigned.filter((item) => item.conflictStatus !== "declared");
  const shown = pageOf(cases, parsePageParam(new URL(request.url).searchParams), JUROR_PAGE_SIZE);
  const competitionIds = [...new Set(cases.map((item) => item.competitionId))];
  const competitions = competitionIds.map((id) => findCompetition(db, id)).filter((item) => item !== null);
  const now = new Date();
  return {
    calibrations: openCalibrationsForJuror(db, user.id, now),
    done: cases.filter((item) => item.sheetStatus === "final" && item.conflictStatus === "none").length,
    page: shown.page,
    cases: shown.rows.map((item) => ({
      caseId: item.caseId,
      title: item.title,
      categoryName: item.categoryName,
      status: item.conflictStatus === "unconfirmed" ? "unconfirmed" : (item.sheetStatus ?? "notStarted"),
      isChanged: item.isChangedSinceScored,
    })),
    competitions: competitions.map((competition) => ({
      id: competition.id,
      name: competition.name,
      status: roundStatus(competition, now, locale),
    })),
    conflicts: assigned
      .filter((item) => item.conflictStatus === "declared")
      .map((item) => ({ caseId: item.caseId, title: item.title })),
    finalRound: listJurorFinalRoundCases(db, user.id).map((item) => ({
      caseId: item.caseId,
      title: item.title,
      categoryName: item.categoryName,
      status: item.sheetStatus ?? "notStarted",
    })),
  };
}

const STATUS_LABELS: Record<string, MessageKey> = {
  unconfirmed: "jury.status.unconfirmed",
  notStarted: "jury.status.notStarted",
  draft: "jury.status.draft",
  final: "jury.status.final",
};

export default function JuryHome() {
  const { calibrations, cases, done, page, competitions, conflicts, finalRound } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const first = (page.page - 1) * page.pageSize;
  return (
    <Page title={t("jury.title")}>
      {searchParams.get("conflict") === "declared" ? (
        <StatusMessage>{t("jury.conflict.declared")}</StatusMessage>
      ) : null}
      <CalibrationDashboard calibrations={calibrations} />
      {page.total === 0 ? (
        <p>{t("jury.noAssignments")}</p>
      ) : (
        <>
          {competitions.map((competition) => (
            <p key={competition.id} className="mb-2" data-testid="round-status">
              {competition.name}:{" "}
              <strong>{t(competition.status.key, { deadline: competition.status.deadline ?? "" })}</strong>
            </p>
          ))}
          <ProgressBar
            label={t("jury.dashboard.progress", { done, total: page.total })}
            done={done}
            total={page.total}
            testId="progress"
          />
          <ol className="flex flex-col gap-3">
            {cases.map((item, index) => (
              <CaseItem
                key={item.caseId}
                to={`/jury/cases/${item.caseId}`}
                label={`${t("jury.dashboard.caseLabel", { number: first + index + 1 })}: ${item.title || t("case.list.untitled")}`}
                categoryName={item.categoryName}
                status={item.status}
                isChanged={item.isChanged}
                testId="juror-case"
              />
            ))}
          </ol>
          <Pagination page={page} label={t("lists.casePages")} />
        </>
      )}
      {finalRound.length > 0 ? (
        <Section title={t("jury.dashboard.finalRound")} className="mb-8 rounded-md border-2 border-accent-500 p-4">
          <p className="mb-3">{t("jury.dashboard.finalRoundIntro")}</p>
          <ProgressBar
            label={t("finalRound.jurorProgress", {
              done: finalRound.filter((item) => item.status === "final").length,
              total: finalRound.length,
            })}
            done={finalRound.filter((item) => item.status === "final").length}
            total={finalRound.length}
            testId="final-round-bar"
          />
          <ol className="flex flex-col gap-3">
            {finalRound.map((item) => (
              <CaseItem
                key={item.caseId}
                to={`/jury/cases/${item.caseId}?round=final`}
                label={item.title || t("case.list.untitled")}
                categoryName={item.categoryName}
                status={item.status}
                testId="final-round-case"
              />
            ))}
          </ol>
        </Section>
      ) : null}
      {conflicts.length > 0 ? (
        <Section title={t("jury.dashboard.conflicts")} className="mt-8">
          <ul className="flex flex-col gap-2">
            {conflicts.map((item) => (
              <li key={item.caseId} className="flex flex-wrap items-center gap-3" data-testid="conflict-case">
                <span>{item.title || t("case.list.untitled")}</span>
                <span className="rounded bg-gray-100 px-2 py-1 text-sm font-medium">{t("jury.status.conflict")}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <p className="mt-8 flex flex-col gap-2">
        {page.total > 0 ? <TextLink to="/jury/sheets">{t("ownSheets.link")}</TextLink> : null}
        <TextLink to="/jury/ties">{t("ties.link")}</TextLink>
      </p>
    </Page>
  );
}

function CaseItem({
  to,
  label,
  categoryName,
  status,
  isChanged = false,
  testId,
}: {
  to: string;
  label: string;
  categoryName: string;
  status: string;
  isChanged?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <li
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-gray-200 p-4"
      data-testid={testId}
    >
      <div>
        <TextLink to={to} className="text-lg font-semibold">
          {label}
        </TextLink>
        <p className="text-sm text-ink-muted">{categoryName}</p>
      </div>
      <span className="flex flex-wrap gap-2">
        {isChanged ? (
          <span className="rounded border border-accent-500 px-2 py-1 text-sm font-medium text-accent-600">
            {t("caseVersions.changedBadge")}
          </span>
        ) : null}
        <span className="rounded bg-gray-100 px-2 py-1 text-sm font-medium">{t(STATUS_LABELS[status]!)}</span>
      </span>
    </li>
  );
}
