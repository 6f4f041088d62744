import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { weightPercentages, weightsSumNote, type StepWeights } from "#app/domain/step-weights.ts";
import type { StepWeightField } from "#app/domain/steps.ts";
import { createCategorySchema } from "#app/forms/competition-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { WeightsFieldset, WeightsSum } from "./weights-fieldset.tsx";

export type CategoryRow = {
  id: number;
  name: string;
  description: string;
  weights: StepWeights;
  caseCount: number;
};

type PageActionData = { intent: string | null; result: SubmissionResult<string[]>; message: string | null } | undefined;

/** A competition's categories in order, with edit, move and remove, and the form that adds one. */
export function CategoriesSection({
  competitionId,
  categories,
  defaultWeights,
  actionData,
  published,
}: {
  competitionId: number;
  categories: CategoryRow[];
  defaultWeights: Record<StepWeightField, string>;
  actionData: PageActionData;
  /** A result is published: the categories stand, so no button that would change them is offered. */
  published: boolean;
}) {
  const { t } = useTranslation();
  const count = categories.length;
  return (
    <Section title={t("category.title")} className="">
      {actionData?.intent === "remove-category" && actionData.message ? (
        <FormError id="category-remove-error" errors={[actionData.message]} />
      ) : null}
      {published ? <p className="mb-4">{t("category.published")}</p> : null}
      {count === 0 ? (
        <p className="mb-4">{t("category.none")}</p>
      ) : (
        <ol className="mb-6 flex flex-col gap-3">
          {categories.map((category, index) => (
            <li key={category.id} className="rounded-md border border-gray-200 p-4" data-testid="category">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h3 className="text-lg font-semibold">{category.name}</h3>
                  {category.description ? <p className="text-sm text-ink-muted">{category.description}</p> : null}
                  <p className="text-sm" data-testid="category-weights">
                    {t("weights.summary", weightPercentages(category.weights))} ·{" "}
                    {t("category.cases", { count: category.caseCount })}
                  </p>
                  {weightsSumNote(category.weights).scaled ? <WeightsSum weights={category.weights} /> : null}
                </div>
                {published ? null : (
                  <Form method="post" className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="categoryId" value={category.id} />
                    <TextLink
                      to={`/chair/competitions/${competitionId}/categories/${category.id}`}
                      aria-label={t("category.edit", { name: category.name })}
                    >
                      {t("category.edit", { name: "" }).trim()}
                    </TextLink>
                    <Button
                      name="intent"
                      value="move-up"
                      variant="secondary"
                      disabled={index === 0}
                      aria-label={t("category.moveUp", { name: category.name })}
                    >
                      ↑
                    </Button>
                    <Button
                      name="intent"
                      value="move-down"
                      variant="secondary"
                      disabled={index === count - 1}
                      aria-label={t("category.moveDown", { name: category.name })}
                    >
                      ↓
                    </Button>
                    {category.caseCount === 0 ? (
                      <Button name="intent" value="remove-category" variant="secondary">
                        {t("category.remove", { name: category.name })}
                      </Button>
                    ) : null}
                  </Form>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {/* A new key after each added category starts the form empty again. */}
      {published ? null : (
        <AddCategoryForm
          key={count}
          defaultWeights={defaultWeights}
          lastResult={actionData?.intent === "add-category" ? actionData.result : undefined}
        />
      )}
    </Section>
  );
}

function AddCategoryForm({
  defaultWeights,
  lastResult,
}: {
  defaultWeights: Record<StepWeightField, string>;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "add-category",
    lastResult,
    defaultValue: { name: "", description: "", ...defaultWeights },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createCategorySchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4 rounded-md border border-gray-300 p-4">
      <h3 className="text-lg font-semibold">{t("category.add")}</h3>
      <ErrorSummary form={form} />
      <TextField field={fields.name} label={t("category.name")} />
      <TextField field={fields.description} label={t("category.description")} />
      <WeightsFieldset fields={fields} legend={t("category.weights")} hint={t("competition.defaultWeightsHint")} />
      <Button name="intent" value="add-category" className="self-start">
        {t("category.add")}
      </Button>
    </Form>
  );
}
