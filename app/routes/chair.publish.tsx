import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { Page } from "#app/components/page.tsx";
import { ResultsView } from "#app/components/results/results-view.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import {
  findCompetitionOrNewest,
  getCompetitionWithCategories,
  listCompetitions,
  setCompetitionSwitch,
} from "#app/domain/competitions.server.ts";
import { DomainError } from "#app/domain/errors.ts";
import {
  buildSnapshot,
  entrantRecipients,
  openFinalRound,
  prepareDraft,
  publicationStatus,
  publishDraft,
  recordOutboxResult,
  setFinalRoundLock,
  undeliveredMails,
} from "#app/domain/publication.server.ts";
import { MAX_FINALISTS, PUBLICATION_STAGES, publicResults, type PublicationStage } from "#app/domain/publication.ts";
import { preparePublicationSchema, reasoningsFromForm } from "#app/forms/publication-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond, statusForDomainError, throwAsResponse } from "#app/utils/http.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered, publicBaseUrl, sendMail } from "#app/utils/mail.server.ts";
import { composeResultMails } from "#app/utils/results-mail.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const competitions = listCompetitions(db).map(({ id, name }) => ({ id, name }));
  const competition = orRespond(() =>
    findCompetitionOrNewest(db, optionalId(new URL(request.url).searchParams.get("competition"))),
  );
  if (!competition) return { competitions, competition: null };
  const status = publicationStatus(db, competition.id);
  const stageView = (stage: PublicationStage) => {
    const row = status[stage];
    if (!row) return null;
    return {
      published: row.publishedAt ? formatDateTime(row.publishedAt, locale) : null,
      overrideReason: row.overrideReason,
      preview: publicResults(row.snapshot, row.publishedAt ?? row.preparedAt),
      mails: row.mails.map((mail) => ({
        id: mail.id,
        to: mail.toEmail,
        subject: mail.subject,
        body: mail.body,
        state: mail.sentAt ? ("sent" as const) : mail.failedAt ? ("failed" as const) : ("pending" as const),
      })),
    };
  };
  return {
    competitions,
    competition: {
      id: competition.id,
      name: competition.name,
      year: competition.year,
      locked: competition.scoringLockedAt !== null,
      shareFeedback: competition.shareFeedback,
      finalRound:
        competition.finalRoundOpenedAt === null
          ? ("none" as const)
          : competition.finalRoundLockedAt === null
            ? ("open" as const)
            : ("locked" as const),
    },
    categories: getCompetitionWithCategories(db, competition.id).categories.map(({ id, name }) => ({ id, name })),
    stages: { finalists: stageView("finalists"), winners: stageView("winners") },
  };
}

type ActionResult = {
  stage: PublicationStage;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError: string | null;
};

function stageOf(intent: string): PublicationStage | null {
  const stage = intent.split("-")[1];
  return PUBLICATION_STAGES.find((item) => item === stage) ?? null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const competition = competitionFromForm(formData);
  const intent = String(formData.get("intent") ?? "");
  const stage = stageOf(intent);
  const now = new Date();
  const back = (outcome: Record<string, string>) =>
    redirect(`/chair/publish?${new URLSearchParams({ competition: String(competition.id), ...outcome })}`);

  if (intent === "share-on" || intent === "share-off") {
    setCompetitionSwitch(db, user.id, competition.id, "shareFeedback", intent === "share-on", now);
    return back({});
  }
  if (intent === "open-final-round") {
    orRespond(() => openFinalRound(db, user.id, competition.id, now));
    return back({});
  }
  if (intent === "lock-final-round" || intent === "unlock-final-round") {
    orRespond(() => setFinalRoundLock(db, user.id, competition.id, intent === "lock-final-round", now));
    return back({});
  }
  if (!stage) return data(null, { status: 400 });

  if (intent.startsWith("prepare-")) {
    const values = Object.fromEntries([...formData].map(([key, value]) => [key, String(value)]));
    const parsed = preparePublicationSchema.safeParse(values);
    if (!parsed.success) {
      return data<ActionResult>(
        {
          stage,
          values,
          fieldErrors: { finalistCount: t("publish.finalistCount", { max: MAX_FINALISTS }) },
          formError: null,
        },
        { status: 400 },
      );
    }
    const reasonings = reasoningsFromForm(formData);
    try {
      const snapshot = buildSnapshot(db, competition.id, stage, {
        finalistCount: parsed.data.finalistCount,
        reasonings,
      });
      const mails = composeResultMails(snapshot, entrantRecipients(db, competition.id), publicBaseUrl(request));
      prepareDraft(db, user.id, snapshot, mails, parsed.data.overrideReason ?? null, now);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind === "not-found") throwAsResponse(error);
      const message = t(error.messageKey, error.options.params);
      const field = error.options.field;
      return data<ActionResult>(
        { stage, values, fieldErrors: field ? { [field]: message } : {}, formError: field ? null : message },
        { status: statusForDomainError(error) },
      );
    }
    return back({ prepared: stage });
  }

  if (intent.startsWith("publish-")) {
    let mails;
    try {
      mails = publishDraft(db, user.id, competition.id, stage, now);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind === "not-found") throwAsResponse(error);
      return data<ActionResult>(
        { stage, values: {}, fieldErrors: {}, formError: t(error.messageKey) },
        { status: statusForDomainError(error) },
      );
    }
    const failed = await deliver(mails);
    return back({ published: stage, sent: String(mails.length - failed), failed: String(failed) });
  }
  if (intent.startsWith("resend-")) {
    const mails = orRespond(() => undeliveredMails(db, competition.id, stage));
    const failed = await deliver(mails);
    return back({ published: stage, sent: String(mails.length - failed), failed: String(failed) });
  }
  return data(null, { status: 400 });
}

/** Sends outbox mails one by one, recording each outcome; returns how many failed. */
async function deliver(mails: { id: number; toEmail: string; subject: string; body: string }[]): Promise<number> {
  let failed = 0;
  for (const mail of mails) {
    const sent = await delivered(sendMail({ to: mail.toEmail, subject: mail.subject, text: mail.body }), "Result mail");
    recordOutboxResult(db, mail.id, sent, new Date());
    if (!sent) failed += 1;
  }
  return failed;
}

export default function ChairPublish() {
  const loaded = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("publish.title")}>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, competitions } = loaded;
  const published = searchParams.get("published");
  return (
    <Page title={t("publish.title")}>
      {published ? (
        <StatusMessage>
          {t("publish.publishedNow", {
            sent: searchParams.get("sent") ?? "0",
            failed: searchParams.get("failed") ?? "0",
          })}
        </StatusMessage>
      ) : null}
      {searchParams.get("prepared") ? <StatusMessage>{t("publish.prepared")}</StatusMessage> : null}
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-4">{t("publish.intro")}</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link to={`/chair/ranking?competition=${competition.id}`} className="text-brand-700 underline">
          {t("ranking.title")}
        </Link>
        <Link to={`/results/${competition.year}`} className="text-brand-700 underline">
          {t("publish.publicPage")}
        </Link>
      </p>
      {!competition.locked ? (
        <p role="alert" className="mb-6 rounded-md border border-red-700 p-3">
          {t("publish.lockFirst")}{" "}
          <Link to={`/chair/jury?competition=${competition.id}`} className="text-brand-700 underline">
            {t("jury.admin.title")}
          </Link>
        </p>
      ) : null}
      <StageSection stage="finalists" />
      <FinalRoundSection />
      <StageSection stage="winners" />
      <section aria-labelledby="feedback-heading" className="mb-8 rounded-md border border-gray-300 p-4">
        <h2 id="feedback-heading" className="mb-2 text-xl font-semibold">
          {t("publish.shareFeedback")}
        </h2>
        <p className="mb-2 text-sm text-ink-muted">{t("publish.shareFeedbackHint")}</p>
        <p className="mb-2">{competition.shareFeedback ? t("publish.sharing") : t("publish.notSharing")}</p>
        <Form method="post">
          <input type="hidden" name="competitionId" value={competition.id} />
          <Button name="intent" value={competition.shareFeedback ? "share-off" : "share-on"} variant="secondary">
            {competition.shareFeedback ? t("publish.shareOff") : t("publish.shareOn")}
          </Button>
        </Form>
      </section>
    </Page>
  );
}

function StageSection({ stage }: { stage: PublicationStage }) {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | null | undefined;
  const { t } = useTranslation();
  if (!loaded.competition) return null;
  const { competition, categories } = loaded;
  const view = loaded.stages[stage];
  const mine = actionData?.stage === stage ? actionData : null;
  const value = (name: string, fallback = "") => mine?.values[name] ?? fallback;
  const canPrepare =
    competition.locked &&
    !view?.published &&
    (stage === "finalists" || (Boolean(loaded.stages.finalists?.published) && competition.finalRound !== "open"));
  return (
    <section
      aria-labelledby={`${stage}-heading`}
      className="mb-8 rounded-md border border-gray-300 p-4"
      data-testid={`stage-${stage}`}
    >
      <h2 id={`${stage}-heading`} className="mb-3 text-xl font-semibold">
        {t(`publish.stage.${stage}`)}
      </h2>
      {view?.published ? (
        <p className="mb-3 font-semibold">{t("publish.published", { time: view.published })}</p>
      ) : null}
      {view?.overrideReason ? <p className="mb-3">{t("publish.override", { reason: view.overrideReason })}</p> : null}
      <FormError id={`${stage}-error`} errors={mine?.formError ? [mine.formError] : undefined} />
      {canPrepare ? (
        <Form method="post" className="mb-4 flex flex-col gap-3">
          <input type="hidden" name="competitionId" value={competition.id} />
          {stage === "finalists" ? (
            <div className="flex flex-col">
              <label htmlFor="finalistCount" className="font-medium">
                {t("publish.finalistCountLabel")}
              </label>
              <input
                id="finalistCount"
                name="finalistCount"
                type="number"
                min={1}
                max={MAX_FINALISTS}
                defaultValue={value("finalistCount", "3")}
                aria-invalid={mine?.fieldErrors.finalistCount ? true : undefined}
                aria-describedby={mine?.fieldErrors.finalistCount ? "finalistCount-error" : undefined}
                className="w-24 rounded-md border border-gray-400 px-3 py-2"
              />
              <FieldErrors
                id="finalistCount-error"
                errors={mine?.fieldErrors.finalistCount ? [mine.fieldErrors.finalistCount] : undefined}
              />
            </div>
          ) : (
            categories.map((category) => {
              const name = `reasoning-${category.id}`;
              return (
                <div key={category.id} className="flex flex-col">
                  <label htmlFor={name} className="font-medium">
                    {t("publish.reasoningLabel", { category: category.name })}
                  </label>
                  <textarea
                    id={name}
                    name={name}
                    rows={4}
                    defaultValue={value(name)}
                    aria-invalid={mine?.fieldErrors[name] ? true : undefined}
                    aria-describedby={mine?.fieldErrors[name] ? `${name}-error` : undefined}
                    className="rounded-md border border-gray-400 px-3 py-2"
                  />
                  <FieldErrors
                    id={`${name}-error`}
                    errors={mine?.fieldErrors[name] ? [mine.fieldErrors[name]] : undefined}
                  />
                </div>
              );
            })
          )}
          <div className="flex flex-col">
            <label htmlFor={`${stage}-override`} className="font-medium">
              {t("publish.overrideLabel")}
            </label>
            <p id={`${stage}-override-hint`} className="text-sm text-ink-muted">
              {t("publish.overrideHint")}
            </p>
            <textarea
              id={`${stage}-override`}
              name="overrideReason"
              rows={2}
              defaultValue={value("overrideReason")}
              aria-invalid={mine?.fieldErrors.overrideReason ? true : undefined}
              aria-describedby={`${stage}-override-hint${mine?.fieldErrors.overrideReason ? ` ${stage}-override-error` : ""}`}
              className="rounded-md border border-gray-400 px-3 py-2"
            />
            <FieldErrors
              id={`${stage}-override-error`}
              errors={mine?.fieldErrors.overrideReason ? [mine.fieldErrors.overrideReason] : undefined}
            />
          </div>
          <Button name="intent" value={`prepare-${stage}`} variant="secondary" className="self-start">
            {t("publish.prepare")}
          </Button>
        </Form>
      ) : null}
      {view ? (
        <>
          <h3 className="mb-2 text-lg font-semibold">
            {view.published ? t("publish.asPublished") : t("publish.preview")}
          </h3>
          <div className="mb-4 rounded-md border border-dashed border-gray-400 p-4" data-testid={`preview-${stage}`}>
            <ResultsView results={view.preview} headingLevel={3} />
          </div>
          <details className="mb-4">
            <summary className="cursor-pointer font-semibold">
              {t("publish.mails", { count: view.mails.length })}
            </summary>
            <ul className="mt-2 flex flex-col gap-3">
              {view.mails.map((mail) => (
                <li key={mail.id} className="rounded-md border border-gray-200 p-3 text-sm" data-testid="outbox-mail">
                  <p>
                    <span className="font-semibold">{mail.to}</span> · {t(`publish.mailState.${mail.state}`)}
                  </p>
                  <p className="font-semibold">{mail.subject}</p>
                  <p className="whitespace-pre-wrap">{mail.body}</p>
                </li>
              ))}
            </ul>
          </details>
          {!view.published && competition.locked ? (
            <Form method="post">
              <input type="hidden" name="competitionId" value={competition.id} />
              <Button name="intent" value={`publish-${stage}`}>
                {t("publish.confirm")}
              </Button>
            </Form>
          ) : null}
          {view.published && view.mails.some((mail) => mail.state !== "sent") ? (
            <Form method="post">
              <input type="hidden" name="competitionId" value={competition.id} />
              <Button name="intent" value={`resend-${stage}`} variant="secondary">
                {t("publish.resend", { count: view.mails.filter((mail) => mail.state !== "sent").length })}
              </Button>
            </Form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function FinalRoundSection() {
  const loaded = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!loaded.competition) return null;
  const { competition, stages } = loaded;
  const winnersPublished = Boolean(stages.winners?.published);
  if (!stages.finalists?.published || (winnersPublished && competition.finalRound === "none")) return null;
  const intent = { none: "open-final-round", open: "lock-final-round", locked: "unlock-final-round" }[
    competition.finalRound
  ];
  const label = {
    none: t("publish.openFinalRound"),
    open: t("publish.lockFinalRound"),
    locked: t("publish.unlockFinalRound"),
  }[competition.finalRound];
  return (
    <section
      aria-labelledby="final-round-heading"
      className="mb-8 rounded-md border border-gray-300 p-4"
      data-testid="final-round"
    >
      <h2 id="final-round-heading" className="mb-2 text-xl font-semibold">
        {t("publish.finalRound")}
      </h2>
      <p className="mb-2 text-sm text-ink-muted">{t("publish.finalRoundHint")}</p>
      {competition.finalRound === "open" ? (
        <p className="mb-2">
          {t("publish.finalRoundOpenNow")}{" "}
          <Link to={`/chair/ranking?competition=${competition.id}&round=final`} className="text-brand-700 underline">
            {t("ranking.round.final")}
          </Link>
        </p>
      ) : null}
      {competition.finalRound === "locked" ? <p className="mb-2">{t("publish.finalRoundLocked")}</p> : null}
      {winnersPublished ? null : (
        <Form method="post">
          <input type="hidden" name="competitionId" value={competition.id} />
          <Button name="intent" value={intent} variant="secondary">
            {label}
          </Button>
        </Form>
      )}
    </section>
  );
}
