import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { countOrganisations, countUsersByRole } from "#app/domain/accounts.server.ts";
import { listCompetitions } from "#app/domain/competitions.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const locale = getLocale(request);
  const usersByRole = countUsersByRole(db);
  return {
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
  { to: "/chair/jurors", label: "jury.admin.jurorsTitle" },
  { to: "/chair/jury", label: "jury.admin.title" },
  { to: "/chair/ranking", label: "ranking.title" },
  { to: "/chair/publish", label: "publish.title" },
];

export default function ChairHome() {
  const { organisations, entrants, jurors, competitions } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("chair.title")}>
      <section aria-labelledby="stats-heading" className="mb-8">
        <h2 id="stats-heading" className="mb-2 text-xl font-semibold">
          {t("chair.stats")}
        </h2>
        <ul className="flex flex-wrap gap-4">
          <li>{t("chair.statsOrganisations", { count: organisations })}</li>
          <li>{t("chair.statsEntrants", { count: entrants })}</li>
          <li>{t("chair.statsJurors", { count: jurors })}</li>
        </ul>
      </section>
      <section aria-labelledby="competitions-heading">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
          <h2 id="competitions-heading" className="text-xl font-semibold">
            {t("chair.competitions")}
          </h2>
          <div className="flex flex-wrap items-center gap-4">
            {CHAIR_LINKS.map((link) => (
              <Link key={link.to} to={link.to} className="text-brand-700 underline">
                {t(link.label)}
              </Link>
            ))}
            <Link
              to="/chair/competitions/new"
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            >
              {t("competition.new")}
            </Link>
          </div>
        </div>
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
                    <Link to={`/chair/competitions/${competition.id}`} className="text-brand-700 underline">
                      {competition.name}
                    </Link>
                  </td>
                  <td>{competition.deadline}</td>
                  <td>{competition.scoringDeadline}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Page>
  );
}
