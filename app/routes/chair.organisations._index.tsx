import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { controlClass } from "#app/components/ui/field-shell.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import {
  listOrganisationsWithStorage,
  ORGANISATION_LIST_SORTS,
  type OrganisationListSort,
} from "#app/domain/organisations.server.ts";
import { formatBytes } from "#app/i18n/format-bytes.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("organisations.title"));

const isSort = (value: string | null): value is OrganisationListSort =>
  ORGANISATION_LIST_SORTS.some((sort) => sort === value);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "chair");
  const params = new URL(request.url).searchParams;
  const query = (params.get("q") ?? "").slice(0, 200);
  const requested = params.get("sort");
  const sort = isSort(requested) ? requested : "pending";
  const locale = getLocale(request);
  const organisations = listOrganisationsWithStorage(db, user, { query, sort }).map((organisation) => ({
    ...organisation,
    createdAt: formatDateTime(organisation.createdAt, locale),
    storage: formatBytes(organisation.storageBytes, locale),
  }));
  return { organisations, query, sort };
}

const COLUMNS: { sort: OrganisationListSort | null; label: MessageKey; numeric?: boolean }[] = [
  { sort: "name", label: "organisations.name" },
  { sort: "orgNumber", label: "organisations.orgNumber" },
  { sort: null, label: "organisations.admins", numeric: true },
  { sort: "members", label: "organisations.members", numeric: true },
  { sort: "pending", label: "organisations.pending", numeric: true },
  { sort: null, label: "organisations.unverified", numeric: true },
  { sort: "storage", label: "organisations.storage", numeric: true },
  { sort: "created", label: "organisations.created" },
];

export default function ChairOrganisations() {
  const { organisations, query, sort } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const sortLink = (column: OrganisationListSort) =>
    `?${new URLSearchParams({ ...(query ? { q: query } : {}), sort: column })}`;
  return (
    <Page title={t("organisations.title")}>
      <p className="mb-6">{t("organisations.intro")}</p>
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <input type="hidden" name="sort" value={sort} />
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("organisations.filter")}</span>
          <input type="search" name="q" defaultValue={query} className={controlClass(undefined)} />
        </label>
        <Button variant="secondary">{t("organisations.filterSubmit")}</Button>
      </Form>
      {organisations.length === 0 ? (
        <p>{t("organisations.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-gray-300">
              {COLUMNS.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  className={`py-2 pr-4 ${column.numeric ? "text-right" : ""}`}
                  aria-sort={column.sort && column.sort === sort ? "descending" : undefined}
                >
                  {column.sort ? (
                    <Link
                      to={sortLink(column.sort)}
                      className="underline"
                      aria-label={t("organisations.sortBy", { column: t(column.label) })}
                    >
                      {t(column.label)}
                    </Link>
                  ) : (
                    t(column.label)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">
                  <TextLink to={`/chair/organisations/${organisation.id}`}>{organisation.name}</TextLink>
                </td>
                <td className="py-2 pr-4">{organisation.orgNumber}</td>
                <td className="py-2 pr-4 text-right">{organisation.admins}</td>
                <td className="py-2 pr-4 text-right">{organisation.members}</td>
                <td className={`py-2 pr-4 text-right ${organisation.pending > 0 ? "font-semibold" : ""}`}>
                  {organisation.pending}
                </td>
                <td className="py-2 pr-4 text-right">{organisation.unverified}</td>
                <td className="py-2 pr-4 text-right" data-bytes={organisation.storageBytes}>
                  {organisation.storage}
                </td>
                <td className="py-2">{organisation.createdAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
