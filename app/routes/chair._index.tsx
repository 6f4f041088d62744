import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Page } from "#app/components/page.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { countOrganisations, countUsersByRole } from "#app/domain/accounts.server.ts";
import { listCompetitions } from "#app/domain/competition-lookup.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("chair.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const locale = getLocale(request);
  const usersByRole = countUsersByRole(db);
  // `?deleted=2027` after a competition was deleted; anything else shows no message. (Built here, so
  // Zod stays out of this page's browser bundle.)
  const deletedYear = z.coerce.number().int().min(2000).max(2100).nullable().catch(null);
  return {
    deletedYear: deletedYear.parse(new URL(request.url).searchParams.get("deleted")),
    organisations: countOrganisations(db),
    entrants: usersByRole.entrant,
    jurors: usersByRole.juror,
    competitions: listCompetitions(db).map((competition) => ({
      id: competition.id,
      year: competition.year,
      name: competition.name,
      deadline: formatDateTime(competition.submissionDeadlineAt, locale),
      scoringDeadline: formatDateTime(competition.scoringDeadlineAt, locale),
    })),
  };
}

const CHAIR_LINKS: { to: string; label: MessageKey }[] = [
  { to: "/chair/cases", label: "chair.cases" },
  { to: "/chair/organisations", label: "organisations.title" },
  { to: "/chair/jurors", label: "jury.admin.jurorsTitle" },
  { to: "/chair/jury", label: "jury.admin.title" },
  { to: "/chair/ranking", label: "ranking.title" },
  { to: "/chair/publish", label: "publish.title" },
  { to: "/chair/mailings", label: "mailings.title" },
  { to: "/chair/audit", label: "audit.title" },
];

export default function ChairHome() {
  const { organisations, entrants, jurors, competitions, deletedYear } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("chair.title")}>
      {deletedYear ? <StatusMessage>{t("competition.deleted", { year: deletedYear })}</StatusMessage> : null}
      <Section title={t("chair.stats")} className="mb-8">
        <ul className="flex flex-wrap gap-4">
          <li>{t("chair.statsOrganisations", { count: organisations })}</li>
          <li>{t("chair.statsEntrants", { count: entrants })}</li>
          <li>{t("chair.statsJurors", { count: jurors })}</li>
        </ul>
      </Section>
      <Section
        title={t("chair.competitions")}
        aside={
          <div className="flex flex-wrap items-center gap-4">
            {CHAIR_LINKS.map((link) => (
              <TextLink key={link.to} to={link.to}>
                {t(link.label)}
              </TextLink>
            ))}
            <Link
              to="/chair/competitions/new"
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            >
              {t("competition.new")}
            </Link>
          </div>
        }
      >
        {competitions.length === 0 ? (
          <p>{t("chair.noCompetitions")}</p>
        ) : (
          <table className="w-full text-left">
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2">
                  {t("chair.competitionYear")}
                </th>
                <th scope="col">{t("chair.competitionName")}</th>
                <th scope="col">{t("chair.competitionDeadline")}</th>
                <th scope="col">{t("chair.competitionScoringDeadline")}</th>
              </tr>
            </thead>
            <tbody>
              {competitions.map((competition) => (
                <tr key={competition.id} className="border-b">
                  <td className="py-2">{competition.year}</td>
                  <td>
                    <TextLink to={`/chair/competitions/${competition.id}`}>{competition.name}</TextLink>
                  </td>
                  <td>{competition.deadline}</td>
                  <td>{competition.scoringDeadline}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </Page>
  );
}
