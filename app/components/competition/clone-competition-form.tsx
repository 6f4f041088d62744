import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { createCloneCompetitionSchema } from "#app/forms/competition-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { CompetitionDatesFields } from "./competition-dates-fields.tsx";

export type CloneFormValues = {
  year: string;
  name: string;
  submissionOpensAt: string;
  submissionDeadlineAt: string;
  scoringDeadlineAt: string;
  confirmDeadlines?: string;
};

/** The new year's year, name and dates for a copy of a competition; the rest is copied as it is. */
export function CloneCompetitionForm({
  defaultValue,
  lastResult,
}: {
  defaultValue: CloneFormValues;
  lastResult: SubmissionResult<string[]> | null | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "clone-competition",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: createCloneCompetitionSchema(t, { now: new Date() }) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <ErrorSummary form={form} />
      <CompetitionDatesFields fields={fields} />
      <Button className="self-start">{t("competition.cloneSubmit")}</Button>
    </Form>
  );
}
