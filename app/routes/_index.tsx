import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { HOME_BY_ROLE } from "#app/domain/roles.ts";
import { findOpenOrNextCompetition } from "#app/domain/competition-lookup.server.ts";
import { latestPublishedYear } from "#app/domain/publication.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { translatorFor } from "#app/i18n/catalogue.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { localeOf, pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { getUser } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, (t) => t("app.tagline")),
  { name: "description", content: translatorFor(localeOf(matches))("landing.description") },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = getLocale(request);
  const now = new Date();
  const competition = findOpenOrNextCompetition(db, now);
  return {
    home: user ? HOME_BY_ROLE[user.role] : null,
    resultsYear: latestPublishedYear(db),
    competition: competition && {
      name: competition.name,
      isOpen: competition.submissionOpensAt <= now,
      opens: formatDateTime(competition.submissionOpensAt, locale),
      deadline: formatDateTime(competition.submissionDeadlineAt, locale),
    },
  };
}

const STEPS: { title: MessageKey; body: MessageKey }[] = [
  { title: "landing.step1.title", body: "landing.step1.body" },
  { title: "landing.step2.title", body: "landing.step2.body" },
  { title: "landing.step3.title", body: "landing.step3.body" },
];

export default function Landing() {
  const { competition, home, resultsYear } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <p className="mb-2 font-semibold text-accent-600">{t("app.tagline")}</p>
      <h1 className="mb-4 text-4xl font-bold text-brand-900">{t("landing.title")}</h1>
      <p className="mb-8 max-w-prose text-lg">{t("landing.intro")}</p>
      {resultsYear ? (
        <p className="mb-8">
          <TextLink to={`/results/${resultsYear}`} className="text-lg font-semibold">
            {t("results.title", { year: resultsYear })}
          </TextLink>
        </p>
      ) : null}

      <Section title={t("landing.deadlineTitle")} className="mb-10 rounded-lg border border-brand-100 bg-brand-50 p-5">
        <p data-testid="deadline">
          {competition
            ? t(competition.isOpen ? "landing.deadline" : "landing.opens", {
                competition: competition.name,
                deadline: competition.deadline,
                opens: competition.opens,
              })
            : t("landing.noneOpen")}
        </p>
        <Link
          to={home ?? "/register"}
          className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {home ? t("landing.ctaLoggedIn") : t("landing.cta")}
        </Link>
      </Section>

      <Section title={t("landing.stepsTitle")}>
        <ol className="grid gap-4 md:grid-cols-3">
          {STEPS.map((step) => (
            <li key={step.title} className="rounded-lg border border-gray-200 p-4">
              <h3 className="mb-2 text-lg font-semibold">{t(step.title)}</h3>
              <p>{t(step.body)}</p>
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
