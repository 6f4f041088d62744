import { useTranslation } from "#app/i18n/use-translation.ts";

export type OutboxMail = {
  id: number;
  to: string;
  subject: string;
  body: string;
  state: "sent" | "failed" | "pending";
};

/** The mails a stage sends, folded away: who gets what, and whether it went. */
export function OutboxList({ mails }: { mails: OutboxMail[] }) {
  const { t } = useTranslation();
  return (
    <details className="mb-4">
      <summary className="cursor-pointer font-semibold">{t("publish.mails", { count: mails.length })}</summary>
      <ul className="mt-2 flex flex-col gap-3">
        {mails.map((mail) => (
          <li key={mail.id} className="rounded-md border border-gray-200 p-3 text-sm" data-testid="outbox-mail">
            <p>
              <span className="font-semibold">{mail.to}</span> · {t(`publish.mailState.${mail.state}`)}
            </p>
            <p className="font-semibold">{mail.subject}</p>
            <p className="whitespace-pre-wrap">{mail.body}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
