import type { FieldMetadata } from "@conform-to/react";
import { TextField } from "#app/components/ui/text-field.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { ConfirmCheckbox } from "./confirm-checkbox.tsx";

type DateFields = Record<
  "year" | "name" | "submissionOpensAt" | "submissionDeadlineAt" | "scoringDeadlineAt",
  FieldMetadata<string>
> & { confirmDeadlines: FieldMetadata<string | undefined> };

/**
 * Year, name and the three Oslo-time dates, shared by the settings form and the copy into a new
 * year, with the confirmation a deadline already passed asks for. `frozen`: a result is published,
 * so the year and the submission dates are shown read-only (the name and scoring deadline may change).
 */
export function CompetitionDatesFields({ fields, frozen = false }: { fields: DateFields; frozen?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <TextField
          field={fields.year}
          label={t("competition.year")}
          type="number"
          inputMode="numeric"
          readOnly={frozen}
        />
        <TextField field={fields.name} label={t("competition.name")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          field={fields.submissionOpensAt}
          readOnly={frozen}
          label={t("competition.opensAt")}
          hint={t("competition.osloTime")}
          type="datetime-local"
        />
        <TextField
          field={fields.submissionDeadlineAt}
          readOnly={frozen}
          label={t("competition.deadlineAt")}
          hint={t("competition.osloTime")}
          type="datetime-local"
        />
        <TextField
          field={fields.scoringDeadlineAt}
          label={t("competition.scoringDeadlineAt")}
          hint={t("competition.osloTime")}
          type="datetime-local"
        />
      </div>
      <ConfirmCheckbox field={fields.confirmDeadlines} label={t("competition.deadlinePast.confirm")} />
    </>
  );
}
