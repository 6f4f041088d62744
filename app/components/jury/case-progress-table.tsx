import { TextLink } from "#app/components/ui/text-link.tsx";
import { ConflictCount } from "#app/components/conflicts/conflict-count.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type CaseProgress = {
  caseId: number;
  reference: string;
  title: string;
  assigned: number;
  final: number;
  conflicts: number;
  flagged: number;
};

/** Each submitted case's jurors and final sheets, marking the cases with too few jurors. */
export function CaseProgressTable({ byCase, minScoreSheets }: { byCase: CaseProgress[]; minScoreSheets: number }) {
  const { t } = useTranslation();
  if (byCase.length === 0) return <p>{t("jury.admin.noCases")}</p>;
  return (
    <table className="w-full text-left">
      <thead>
        <tr className="border-b">
          <th scope="col" className="py-2">
            {t("jury.admin.case")}
          </th>
          <th scope="col">{t("jury.admin.assignedCount")}</th>
          <th scope="col">{t("jury.admin.sheets")}</th>
          <th scope="col">{t("jury.admin.conflicts")}</th>
          <th scope="col">{t("jury.admin.status")}</th>
        </tr>
      </thead>
      <tbody>
        {byCase.map((item) => {
          const short = item.assigned < minScoreSheets;
          return (
            <tr key={item.caseId} className="border-b" data-testid="case-progress">
              <th scope="row" className="py-2 font-medium">
                <TextLink to={`/chair/cases/${item.caseId}`}>{item.reference}</TextLink>{" "}
                <span className="font-normal">{item.title || t("case.list.untitled")}</span>
              </th>
              <td>{item.assigned}</td>
              <td>
                {item.final} / {minScoreSheets}
              </td>
              <td>
                <ConflictCount declared={item.conflicts} flagged={item.flagged} />
              </td>
              <td className={short ? "font-semibold text-red-800" : ""}>
                {short ? t("jury.admin.needsJurors") : t("jury.admin.enough")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
