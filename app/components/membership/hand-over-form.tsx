import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { TextareaField } from "#app/components/ui/textarea-field.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { createHandOverSchema } from "#app/forms/account-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** The chair's form for a disputed company: who should administer it, what becomes of the others, and why. */
export function HandOverForm({
  candidates,
  lastResult,
}: {
  candidates: { id: string; label: string }[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "hand-over",
    lastResult,
    defaultValue: { previousAdmins: "demote" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createHandOverSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Section title={t("handOver.title")} className="mt-10 max-w-2xl">
      <p className="mb-4">{t("handOver.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} order={["userId", "email", "name", "previousAdmins", "reason"]} />
        <SelectField
          field={fields.userId}
          label={t("handOver.member")}
          emptyOption={t("handOver.memberNone")}
          options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
        />
        <TextField field={fields.email} label={t("handOver.email")} type="email" />
        <TextField field={fields.name} label={t("handOver.name")} />
        <fieldset className="flex flex-col gap-1">
          <legend className="font-medium">{t("handOver.previous")}</legend>
          {(["demote", "remove"] as const).map((choice) => (
            <label key={choice} className="flex items-center gap-2">
              <input
                {...getInputProps(fields.previousAdmins, { type: "radio", value: choice })}
                key={`${fields.previousAdmins.key}-${choice}`}
              />
              {t(`handOver.previous.${choice}`)}
            </label>
          ))}
        </fieldset>
        <TextareaField field={fields.reason} label={t("handOver.reason")} rows={3} />
        <Button name="intent" value="hand-over">
          {t("handOver.submit")}
        </Button>
      </Form>
    </Section>
  );
}
