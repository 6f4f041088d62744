import type { UnavailableReason } from "#app/domain/jury.server.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** The jurors the manual choice does not offer for a case, each with the reason. */
export function UnavailableJurors({ jurors }: { jurors: { name: string; reason: UnavailableReason }[] }) {
  const { t } = useTranslation();
  if (jurors.length === 0) return null;
  const why = (reason: UnavailableReason) =>
    reason.kind === "conflict"
      ? t("assignPlan.why.conflict", { ground: t(`conflicts.groundLong.${reason.ground}`) })
      : t(reason.kind === "assigned" ? "assignPlan.why.assigned" : "assignPlan.why.invited");
  return (
    <div data-testid="unavailable-jurors">
      <h3 className="font-semibold">{t("assignPlan.unavailable")}</h3>
      <ul className="list-disc pl-6 text-sm">
        {jurors.map((juror) => (
          <li key={`${juror.reason.kind}-${juror.name}`}>{`${juror.name}: ${why(juror.reason)}`}</li>
        ))}
      </ul>
    </div>
  );
}
