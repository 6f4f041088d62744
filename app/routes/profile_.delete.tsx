import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { deleteAccount, deletionRefusal } from "#app/domain/account-deletion.server.ts";
import { minutesUntil } from "#app/domain/throttle.ts";
import { createAccountDeletionSchema } from "#app/forms/account-deletion-form.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { clientKeyOf } from "#app/utils/client.server.ts";
import { db } from "#app/utils/db.server.ts";
import { replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { endEverySession } from "#app/utils/session.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("deletion.title"));

const DONE = "/profile/delete?deleted=1";

export async function loader({ request }: LoaderFunctionArgs) {
  // After deleting, the browser lands here signed out: the confirmation is all this page shows then.
  if (new URL(request.url).searchParams.has("deleted") && !(await getUser(request))) {
    return { deleted: true as const };
  }
  const user = await requireUser(request);
  const { t } = getTranslator(request);
  const refusal = deletionRefusal(db, user.id);
  return {
    deleted: false as const,
    isJuror: user.role === "juror",
    refusal: refusal ? t(refusal.messageKey, refusal.options.params) : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createAccountDeletionSchema(t) });
  const hideFields = ["currentPassword"];
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields }) }, { status: 400 });
  }
  const account = { userId: user.id, email: user.email, client: clientKeyOf(context) };
  let outcome;
  try {
    outcome = await deleteAccount(db, account, submission.value.currentPassword, new Date());
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t, hideFields);
    return data({ result }, { status });
  }
  if (!outcome.ok) {
    const reply =
      outcome.reason === "wrong-credentials"
        ? { fieldErrors: { currentPassword: [t("profile.changePassword.wrongCurrent")] } }
        : {
            formErrors: [
              outcome.reason === "locked"
                ? t("login.lockedOut", { minutes: minutesUntil(outcome.until, new Date()) })
                : t("login.busy"),
            ],
          };
    return data(
      { result: submission.reply({ ...reply, hideFields }) },
      { status: outcome.reason === "wrong-credentials" ? 400 : 429 },
    );
  }
  return redirect(DONE, { headers: { "Set-Cookie": await endEverySession(user.id, request) } });
}

export default function DeleteAccount() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (page.deleted) {
    return (
      <Page title={t("deletion.done.title")} narrow>
        <StatusMessage>{t("deletion.done.text")}</StatusMessage>
      </Page>
    );
  }
  return (
    <Page title={t("deletion.title")} narrow>
      {page.refusal ? (
        <div role="alert" className="mb-6 rounded-md border border-accent-600 bg-orange-50 p-4">
          <h2 className="mb-2 font-semibold">{t("deletion.refused")}</h2>
          <p>{page.refusal}</p>
        </div>
      ) : (
        <DeletionForm isJuror={page.isJuror} />
      )}
      <TextLink to="/profile">{t("deletion.cancel")}</TextLink>
    </Page>
  );
}

function DeletionForm({ isJuror }: { isJuror: boolean }) {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "delete-account",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createAccountDeletionSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const { key: confirmKey, ...confirmProps } = getInputProps(fields.confirm, { type: "checkbox", value: "yes" });
  return (
    <>
      <p className="mb-4">{t("deletion.what")}</p>
      {isJuror ? <p className="mb-4">{t("deletion.what.juror")}</p> : null}
      <p className="mb-6">
        {t("deletion.download")}{" "}
        <TextLink to="/profile/data.json" reloadDocument>
          {t("profile.data.download")}
        </TextLink>
      </p>
      <Form method="post" {...getFormProps(form)} className="mb-6 flex flex-col gap-4">
        <ErrorSummary form={form} />
        <TextField
          field={fields.currentPassword}
          label={t("account.currentPassword")}
          type="password"
          autoComplete="current-password"
        />
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-2">
            <input
              {...confirmProps}
              key={confirmKey}
              aria-describedby={fields.confirm.errors?.length ? fields.confirm.errorId : undefined}
              className="mt-1 h-4 w-4"
            />
            <span>{t("deletion.confirm")}</span>
          </label>
          <FieldErrors id={fields.confirm.errorId} errors={fields.confirm.errors} />
        </div>
        <Button>{t("deletion.submit")}</Button>
      </Form>
    </>
  );
}
