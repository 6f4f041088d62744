import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { findOrganisation } from "#app/domain/accounts.server.ts";
import { findOpenOrNextCompetition } from "#app/domain/competitions.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const organisation = user.organisationId === null ? null : findOrganisation(db, user.organisationId);
  const competition = findOpenOrNextCompetition(db, new Date());
  const locale = getLocale(request);
  return {
    organisation: organisation && { name: organisation.name, orgNumber: organisation.orgNumber },
    competition: competition && {
      name: competition.name,
      deadline: formatDateTime(competition.submissionDeadlineAt, locale),
    },
  };
}

export default function EntrantHome() {
  const { organisation, competition } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("entrant.title")}>
      {organisation ? (
        <section aria-labelledby="organisation-heading" className="mb-6 rounded-lg border border-gray-200 p-4">
          <h2 id="organisation-heading" className="text-sm font-semibold uppercase text-ink-muted">
            {t("entrant.organisation")}
          </h2>
          <p className="text-xl font-semibold">{organisation.name}</p>
          <p>{t("entrant.orgNumber", { number: organisation.orgNumber })}</p>
        </section>
      ) : null}
      <p>
        {competition
          ? t("entrant.competition", { competition: competition.name, deadline: competition.deadline })
          : t("entrant.noCompetition")}
      </p>
    </Page>
  );
}
