import { Pagination, PageRange } from "#app/components/ui/pagination.tsx";
import { SortHeader } from "#app/components/ui/sort-header.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import type { MailingAudience } from "#app/domain/mailings.ts";
import type { PageInfo, SortDirection } from "#app/domain/paging.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type MailingRow = {
  id: number;
  audience: MailingAudience;
  subject: string;
  recipientCount: number;
  queued: string;
  sent: string | null;
  sentCount: number;
  failed: number;
  pending: number;
};

/** A competition's earlier mailings, newest first, paged on the server. */
export function MailingList({ rows, slice, dir }: { rows: MailingRow[]; slice: PageInfo; dir: SortDirection }) {
  const { t } = useTranslation();
  if (slice.total === 0) return <p>{t("mailings.none")}</p>;
  return (
    <>
      <PageRange page={slice} />
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-gray-300">
            <SortHeader label={t("mailings.column.queued")} sortKey="queued" sort="queued" dir={dir} />
            <th scope="col" className="py-2">
              {t("mailings.column.subject")}
            </th>
            <th scope="col" className="py-2">
              {t("mailings.column.audience")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("mailings.column.recipients")}
            </th>
            <th scope="col" className="py-2 pl-4">
              {t("mailings.column.state")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200" data-testid="mailing-row">
              <td className="py-2 pr-4">{row.queued}</td>
              <td className="py-2 pr-4">
                <TextLink to={`/chair/mailings/${row.id}`}>{row.subject}</TextLink>
              </td>
              <td className="py-2 pr-4">{t(`mailings.audience.${row.audience}`)}</td>
              <td className="py-2 text-right">{row.recipientCount}</td>
              <td className="py-2 pl-4">
                {row.sent ? t("mailings.sentAt", { date: row.sent }) : t("mailings.held")}
                <span className="block text-ink-muted">
                  {t("publish.mailCounts", { sent: row.sentCount, failed: row.failed, pending: row.pending })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={slice} label={t("mailings.pages")} />
    </>
  );
}
