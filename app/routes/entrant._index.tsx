import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { WaitingForApproval } from "#app/components/membership/waiting-for-approval.tsx";
import { Page } from "#app/components/page.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { CaseStageNote, type CaseStageItem } from "#app/components/case/case-stage-note.tsx";
import { caseStage, caseStateOf } from "#app/domain/case-status.ts";
import { listOrganisationCases } from "#app/domain/cases.server.ts";
import { findOpenOrNextCompetition } from "#app/domain/competition-lookup.server.ts";
import { submissionPhase } from "#app/domain/deadlines.ts";
import { findRequestedOrganisation } from "#app/domain/memberships.server.ts";
import { actsForCompany } from "#app/domain/memberships.ts";
import { findOrganisation } from "#app/domain/organisations.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";
import { formatOrgNumber } from "#app/domain/org-number.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("entrant.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  if (!actsForCompany(user.membership)) {
    return { pending: findRequestedOrganisation(db, user.id), organisation: null, competition: null, cases: [] };
  }
  const organisation = user.organisationId === null ? null : findOrganisation(db, user.organisationId);
  const now = new Date();
  const competition = findOpenOrNextCompetition(db, now);
  const locale = getLocale(request);
  return {
    pending: null,
    organisation: organisation && { name: organisation.name, orgNumber: organisation.orgNumber },
    competition: competition && {
      name: competition.name,
      deadline: formatDateTime(competition.submissionDeadlineAt, locale),
      acceptsNewCases: submissionPhase(competition, now) !== "closed",
    },
    cases: (user.organisationId === null ? [] : listOrganisationCases(db, user.organisationId)).map((item) => ({
      id: item.id,
      title: item.title,
      status: item.status,
      categoryName: item.categoryName,
      competitionName: item.competitionName,
      updatedAt: formatDateTime(item.updatedAt, locale),
      stage: {
        stage: caseStage(caseStateOf(item)),
        submittedAt: item.submittedAt ? formatDateTime(item.submittedAt, locale) : null,
        submittedVersion: item.submittedVersion,
        deadline: formatDateTime(item.submissionDeadlineAt, locale),
        isClosed: now.getTime() >= item.submissionDeadlineAt.getTime(),
      } satisfies CaseStageItem,
    })),
  };
}

export default function EntrantHome() {
  const { pending, organisation, competition, cases } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (pending) return <WaitingForApproval organisation={pending} />;
  return (
    <Page title={t("entrant.title")}>
      {organisation ? (
        <Section title={t("entrant.organisation")} className="mb-6 rounded-lg border border-gray-200 p-4">
          <p className="text-lg font-semibold">{organisation.name}</p>
          <p>{t("entrant.orgNumber", { number: formatOrgNumber(organisation.orgNumber) })}</p>
          <p className="flex flex-wrap gap-x-4">
            <TextLink to="/entrant/organisation">{t("case.list.organisationProfile")}</TextLink>
            <TextLink to="/entrant/members">{t("members.link")}</TextLink>
          </p>
        </Section>
      ) : null}
      <p className="mb-6">
        {competition
          ? t("entrant.competition", { competition: competition.name, deadline: competition.deadline })
          : t("entrant.noCompetition")}
      </p>
      <Section
        title={t("case.list.title")}
        aside={
          competition?.acceptsNewCases ? (
            <Link
              to="/entrant/cases/new"
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            >
              {t("case.list.new")}
            </Link>
          ) : null
        }
      >
        {cases.length === 0 ? (
          <p>{t("case.list.empty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {cases.map((item) => (
              <li key={item.id} className="rounded-lg border border-gray-200 p-4">
                <TextLink to={`/entrant/cases/${item.id}`} className="text-lg font-semibold">
                  {item.title || t("case.list.untitled")}
                </TextLink>
                <p className="text-sm">
                  {item.categoryName} · {item.competitionName} · {t("case.list.updated", { time: item.updatedAt })}
                </p>
                <CaseStageNote item={item.stage} />
                {item.status === "submitted" ? (
                  <TextLink to={`/entrant/cases/${item.id}/result`} className="text-sm">
                    {t("result.link")}
                  </TextLink>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
