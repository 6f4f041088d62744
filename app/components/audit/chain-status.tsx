import type { ChainReport } from "#app/domain/audit-chain.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** The chain's state, at the top of the log: calm when intact, an alert naming the first broken entry when not. */
export function ChainStatus({ chain }: { chain: ChainReport }) {
  const { t } = useTranslation();
  if (chain.intact) {
    return (
      <p role="status" data-testid="chain-status" className="mb-6 rounded-md border border-brand-600 bg-brand-50 p-3">
        {t("audit.chain.intact", { count: chain.count, head: chain.headHash.slice(0, 16) })}
      </p>
    );
  }
  const what =
    chain.break.kind === "entry-missing"
      ? t("audit.chain.entry-missing", { from: chain.break.missingFrom, to: chain.break.missingTo })
      : t(`audit.chain.${chain.break.kind}`);
  return (
    <div role="alert" data-testid="chain-status" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-3">
      <p className="font-semibold text-red-800">{t("audit.chain.broken", { id: chain.break.id, what })}</p>
      <p>{t("audit.chain.advice")}</p>
    </div>
  );
}
