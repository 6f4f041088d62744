import { useSearchParams } from "@remix-run/react";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type OutboxMail = {
  id: number;
  toEmail: string;
  subject: string;
  body: string;
  state: "sent" | "failed" | "pending";
};

/**
 * The mails a publication stage or a mailing sends, folded away: how many went, failed or wait,
 * and a page of them at a time (an award writes one to every entrant account, thousands of them)
 * with who gets what. `param` names the page parameter; the list opens when it is in the address.
 */
export function OutboxList({
  id,
  param,
  mails,
  counts,
  slice,
  open = false,
}: {
  id: string;
  param: string;
  mails: OutboxMail[];
  counts: Record<OutboxMail["state"], number>;
  slice: { page: number; pageCount: number; total: number };
  open?: boolean;
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <details className="mb-4" id={id} open={open || searchParams.has(param) || undefined}>
      <summary className="cursor-pointer font-semibold">{t("publish.mails", { count: slice.total })}</summary>
      <p className="mt-2 text-sm" data-testid="outbox-counts">
        {t("publish.mailCounts", counts)}
      </p>
      <ul className="mt-2 flex flex-col gap-3">
        {mails.map((mail) => (
          <li key={mail.id} className="rounded-md border border-gray-200 p-3 text-sm" data-testid="outbox-mail">
            <p>
              <span className="font-semibold">{mail.toEmail}</span> · {t(`publish.mailState.${mail.state}`)}
            </p>
            <p className="font-semibold">{mail.subject}</p>
            <p className="whitespace-pre-wrap">{mail.body}</p>
          </li>
        ))}
      </ul>
      <Pagination page={slice} param={param} label={t("publish.mailPages")} />
    </details>
  );
}
