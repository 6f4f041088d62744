import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { getCase } from "#app/domain/cases.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, orRespond, parseId } from "#app/utils/http.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("receipt.pageTitle", { reference: data?.reference ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const locale = getLocale(request);
  const found = orRespond(() => getCase(db, user, parseId(params.caseId), new Date()));
  // A receipt exists only for a case that stands submitted.
  if (found.case.status !== "submitted" || !found.case.submittedAt) throw notFoundResponse();
  return {
    caseId: found.case.id,
    reference: found.reference,
    title: found.case.title,
    categoryName: found.categoryName,
    organisationName: found.organisation.name,
    submittedAt: formatDateTime(found.case.submittedAt, locale),
    deadline: formatDateTime(found.competition.submissionDeadlineAt, locale),
  };
}

export default function Receipt() {
  const receipt = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("receipt.title")}>
      <p role="status" className="mb-6 rounded-md border border-brand-600 bg-brand-50 p-4 text-lg font-semibold">
        {t("receipt.thanks")}
      </p>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("receipt.reference")}</dt>
        <dd data-testid="reference">{receipt.reference}</dd>
        <dt className="font-semibold">{t("receipt.submittedAt")}</dt>
        <dd data-testid="submitted-at">{receipt.submittedAt}</dd>
        <dt className="font-semibold">{t("receipt.case")}</dt>
        <dd>{receipt.title}</dd>
        <dt className="font-semibold">{t("receipt.category")}</dt>
        <dd>{receipt.categoryName}</dd>
        <dt className="font-semibold">{t("receipt.organisation")}</dt>
        <dd>{receipt.organisationName}</dd>
      </dl>
      <p className="mb-6">{t("receipt.editNote", { deadline: receipt.deadline })}</p>
      <TextLink to={`/entrant/cases/${receipt.caseId}`}>{t("receipt.back")}</TextLink>
    </Page>
  );
}
