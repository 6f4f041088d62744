import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { deleteCompetition, getCompetitionForDeletion } from "#app/domain/competitions.server.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, statusForDomainError, throwAsResponse } from "#app/utils/http.server.ts";
import { DomainError } from "#app/domain/errors.ts";

// The confirmation step of deleting a competition is this page itself (a GET), so it works without
// JavaScript; the button on it posts the deletion. A competition with cases is refused here and
// again by the domain.

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("competition.deleteTitle", { name: data?.name ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { competition, caseCount, categoryCount, published } = orRespond(() =>
    getCompetitionForDeletion(db, parseId(params.competitionId)),
  );
  const refusal: { key: MessageKey; count: number } | null =
    caseCount > 0
      ? { key: "competition.delete.hasCases", count: caseCount }
      : published
        ? { key: "competition.delete.published", count: 0 }
        : null;
  return { competitionId: competition.id, name: competition.name, categoryCount, refusal };
}

const deleteSchema = z.object({ intent: z.literal("delete") });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const parsed = deleteSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ refusal: null }, { status: 400 });
  let year: number;
  try {
    ({ year } = deleteCompetition(db, user.id, competitionId, new Date()));
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind === "not-found") throwAsResponse(error);
    const refusal = { key: error.messageKey, count: Number(error.options.params?.count ?? 0) };
    return data({ refusal }, { status: statusForDomainError(error) });
  }
  return redirect(`/chair?deleted=${year}`);
}

export default function DeleteCompetition() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const refusal = actionData?.refusal ?? loaderData.refusal;
  return (
    <Page title={t("competition.deleteTitle", { name: loaderData.name })} wide>
      <p className="mb-4">
        <TextLink to={`/chair/competitions/${loaderData.competitionId}`}>{t("competition.back")}</TextLink>
      </p>
      {refusal ? (
        <FormError id="competition-delete-refused" errors={[t(refusal.key, { count: refusal.count })]} />
      ) : (
        <Form method="post" className="flex max-w-4xl flex-col gap-4">
          <p>{t("competition.deleteIntro", { count: loaderData.categoryCount })}</p>
          <div className="flex flex-wrap items-center gap-4">
            <Button name="intent" value="delete">
              {t("competition.deleteConfirm")}
            </Button>
            <TextLink to={`/chair/competitions/${loaderData.competitionId}`}>{t("competition.back")}</TextLink>
          </div>
        </Form>
      )}
    </Page>
  );
}
