import type { CaseStage } from "#app/domain/case-status.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type CaseStageItem = {
  stage: CaseStage;
  /** Oslo time of the latest submit, and that version's number. */
  submittedAt: string | null;
  submittedVersion: number | null;
  deadline: string;
  isClosed: boolean;
};

/** The company's case list: the state in words, then what, if anything, the company must still do. */
export function CaseStageNote({ item }: { item: CaseStageItem }) {
  const { t } = useTranslation();
  const version = { time: item.submittedAt ?? "", number: item.submittedVersion ?? 0, deadline: item.deadline };
  const [state, todo] = ((): [string, string | null] => {
    switch (item.stage) {
      case "draft":
        return [
          t("caseStage.draft"),
          item.isClosed ? t("caseStage.draftClosed") : t("caseStage.draftTodo", { deadline: item.deadline }),
        ];
      case "submitted":
        return [t("caseStage.submitted", version), t("caseStage.submittedTodo")];
      case "reopened":
        return item.isClosed
          ? [t("caseStage.submitted", version), t("caseStage.reopenedClosed", version)]
          : [t("caseStage.reopened", version), t("caseStage.reopenedTodo", version)];
      case "withdrawn":
        return [t("caseStage.withdrawn"), item.isClosed ? null : t("caseStage.withdrawnTodo", version)];
      case "disqualified":
        return [t("caseStage.disqualified"), null];
    }
  })();
  return (
    <>
      <p className="font-semibold" data-testid="case-stage">
        {state}
      </p>
      {todo ? <p className="text-sm text-ink-muted">{todo}</p> : null}
    </>
  );
}
