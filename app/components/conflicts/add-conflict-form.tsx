import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { TextareaField } from "#app/components/ui/textarea-field.tsx";
import { TIE_KINDS } from "#app/domain/conflict-kinds.ts";
import { createAddConflictSchema } from "#app/forms/conflict-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { formatOrgNumber } from "#app/domain/org-number.ts";

type Choices = {
  jurors: { id: string; name: string; email: string }[];
  companies: { id: number; name: string; orgNumber: string }[];
};

/** The chair names a conflict between any juror and any registered company, with a reason. */
export function AddConflictForm({ choices, lastResult }: { choices: Choices; lastResult: SubmissionResult | null }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { kind: "other" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createAddConflictSchema(t) }),
    shouldValidate: "onBlur",
  });
  return (
    <Section title={t("conflicts.add.heading")} className="mb-8 max-w-2xl rounded-md border border-gray-300 p-4">
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
        <ErrorSummary form={form} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            field={fields.jurorId}
            label={t("conflicts.add.juror")}
            emptyOption={t("conflicts.add.choose")}
            options={choices.jurors.map((juror) => ({ value: juror.id, label: `${juror.name} (${juror.email})` }))}
          />
          <SelectField
            field={fields.organisationId}
            label={t("conflicts.add.company")}
            emptyOption={t("conflicts.add.choose")}
            options={choices.companies.map((company) => ({
              value: company.id,
              label: `${company.name} (${formatOrgNumber(company.orgNumber)})`,
            }))}
          />
        </div>
        <SelectField
          field={fields.kind}
          label={t("conflicts.add.kind")}
          options={TIE_KINDS.map((kind) => ({ value: kind, label: t(`conflicts.kind.${kind}`) }))}
        />
        <TextareaField
          field={fields.reason}
          label={t("conflicts.add.reason")}
          hint={t("conflicts.add.reasonHint")}
          rows={3}
        />
        <Button name="intent" value="add" className="self-start">
          {t("conflicts.add.submit")}
        </Button>
      </Form>
    </Section>
  );
}
