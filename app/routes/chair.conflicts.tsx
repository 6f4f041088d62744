import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AddConflictForm } from "#app/components/conflicts/add-conflict-form.tsx";
import { ConflictTable } from "#app/components/conflicts/conflict-table.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { addChairConflict, conflictChoices, listConflicts, removeChairConflict } from "#app/domain/conflicts.server.ts";
import { tieLabel } from "#app/domain/conflicts.ts";
import { createConflictIntentSchema } from "#app/forms/conflict-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("conflicts.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const url = new URL(request.url);
  const choices = conflictChoices(db);
  const jurorParam = url.searchParams.get("juror");
  const filter = {
    jurorId: choices.jurors.some((juror) => juror.id === jurorParam) ? (jurorParam ?? undefined) : undefined,
    organisationId: optionalId(url.searchParams.get("organisation")) ?? undefined,
  };
  return {
    choices,
    filter: { jurorId: filter.jurorId ?? "", organisationId: filter.organisationId ?? "" },
    rows: listConflicts(db, filter).map(({ named, createdAt, ...row }) => ({
      ...row,
      named: tieLabel(named),
      createdAt: createdAt ? formatDateTime(createdAt, locale) : null,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createConflictIntentSchema(t) });
  if (submission.status !== "success") {
    if (submission.payload.intent === "remove") {
      const message = submission.error?.removalReason?.[0] ?? t("form.required");
      return data(
        {
          form: "remove" as const,
          result: null,
          removeError: { conflictId: Number(submission.payload.conflictId), message },
        },
        { status: 400 },
      );
    }
    return data({ form: "add" as const, result: submission.reply(), removeError: null }, { status: 400 });
  }
  const { value } = submission;
  const now = new Date();
  if (value.intent === "remove") {
    orRespond(() => removeChairConflict(db, user.id, value.conflictId, value.removalReason, now));
    return redirect("/chair/conflicts?outcome=removed");
  }
  try {
    const { removedAssignments } = addChairConflict(db, user.id, value, now);
    return redirect(`/chair/conflicts?${new URLSearchParams({ outcome: "added", count: String(removedAssignments) })}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ form: "add" as const, result, removeError: null }, { status });
  }
}

function Outcome() {
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const outcome = searchParams.get("outcome");
  const count = Number(searchParams.get("count") ?? 0);
  if (outcome === "removed") return <StatusMessage>{t("conflicts.outcome.removed")}</StatusMessage>;
  if (outcome !== "added") return null;
  return (
    <StatusMessage>
      {count > 0 ? t("conflicts.outcome.addedRemoved", { count }) : t("conflicts.outcome.added")}
    </StatusMessage>
  );
}

export default function ChairConflicts() {
  const { choices, filter, rows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <Page title={t("conflicts.title")}>
      {actionData ? null : <Outcome />}
      <p className="mb-6 max-w-3xl">{t("conflicts.intro")}</p>
      <AddConflictForm choices={choices} lastResult={actionData?.form === "add" ? actionData.result : null} />
      <Section title={t("conflicts.title")}>
        <Form method="get" className="mb-4 flex flex-wrap items-end gap-4" aria-label={t("conflicts.filter")}>
          <SelectField
            id="filter-juror"
            name="juror"
            label={t("conflicts.juror")}
            defaultValue={filter.jurorId}
            emptyOption={t("conflicts.allJurors")}
            options={choices.jurors.map((juror) => ({ value: juror.id, label: juror.name }))}
          />
          <SelectField
            id="filter-organisation"
            name="organisation"
            label={t("conflicts.company")}
            defaultValue={filter.organisationId}
            emptyOption={t("conflicts.allCompanies")}
            options={choices.companies.map((company) => ({ value: company.id, label: company.name }))}
          />
          <Button variant="secondary">{t("conflicts.filter")}</Button>
        </Form>
        <p className="mb-2 text-sm text-ink-muted" data-testid="conflict-count">
          {t("conflicts.count", { count: rows.length })}
        </p>
        <ConflictTable rows={rows} removeError={actionData?.removeError ?? null} />
      </Section>
    </Page>
  );
}
