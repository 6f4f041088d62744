import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditLogView } from "#app/components/audit/audit-log-view.tsx";
import { Page } from "#app/components/page.tsx";
import { auditLogPage } from "#app/domain/audit-chain.server.ts";
import { parseAuditFilter } from "#app/forms/audit-filter.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("audit.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const locale = getLocale(request);
  const { page, ...filter } = parseAuditFilter(new URL(request.url).searchParams);
  const log = auditLogPage(db, filter, page ?? 1);
  return {
    ...log,
    filter: { caseId: filter.caseId ?? null, userId: filter.userId ?? null, action: filter.action ?? null },
    rows: log.rows.map(({ at, ...row }) => ({ ...row, at: formatDateTime(at, locale) })),
  };
}

export default function ChairAudit() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("audit.title")} wide>
      <AuditLogView {...data} />
    </Page>
  );
}
