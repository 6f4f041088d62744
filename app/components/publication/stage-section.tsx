import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { SnapshotWarning } from "#app/components/audit/snapshot-warning.tsx";
import { PublicAgreement } from "#app/components/results/public-agreement.tsx";
import { ResultsView } from "#app/components/results/results-view.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import type { PublicationStage, PublicResults, ShortCase } from "#app/domain/publication.ts";
import { outboxPageParam, STAGE_INTENTS } from "#app/forms/publication-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { OutboxList, type OutboxMail } from "./outbox-list.tsx";
import { PrepareForm, type CategoryWinners } from "./prepare-form.tsx";
import { ShortOfSheetsList } from "./short-of-sheets.tsx";
import { StoredConfidence } from "./stored-confidence.tsx";
import type { PublicAgreementText, StoredConfidenceView } from "#app/utils/published-confidence-text.server.ts";

/** A stage as the chair sees it: its draft or published snapshot, and the mails that go with it. */
export type StageView = {
  /** When it was published, formatted; null while it is a draft. */
  published: string | null;
  overrideReason: string | null;
  /** False when the published snapshot no longer matches the hash fixed at publication. */
  snapshotIntact: boolean;
  preview: PublicResults;
  /** The agreement as the public page words it; null unless the chair chose to show it. */
  agreement: PublicAgreementText;
  /** The cases the snapshot listed apart for want of sheets, with what became of each (finalists only). */
  listedApart: ShortCase[];
  /** The confidence figures stored with the version (ADR 0029), and the public choice. */
  confidence: StoredConfidenceView;
  /** One page of the outbox; the counts are of all of it. */
  mails: OutboxMail[];
  mailCounts: Record<OutboxMail["state"], number>;
  mailSlice: { page: number; pageCount: number; total: number };
};

function StageButton({
  competitionId,
  intent,
  label,
  primary,
}: {
  competitionId: number;
  intent: string;
  label: string;
  primary?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="competitionId" value={competitionId} />
      <Button name="intent" value={intent} variant={primary ? "primary" : "secondary"}>
        {label}
      </Button>
    </Form>
  );
}

/** One publication stage: prepare it, look through the preview and the mails, then publish. */
export function StageSection({
  stage,
  competitionId,
  ready,
  canPrepare,
  view,
  categories,
  winners,
  shortOfSheets,
  lastResult,
}: {
  stage: PublicationStage;
  competitionId: number;
  /** Nothing under a publication can move any more (deadline passed, scoring locked): it may go out. */
  ready: boolean;
  canPrepare: boolean;
  view: StageView | null;
  categories: { id: number; name: string }[];
  /** Who would win each category now, named beside its reasoning field; null until they can be prepared. */
  winners: CategoryWinners[] | null;
  /** The cases short of sheets as the ranking stands now, offered one by one in the finalists' form. */
  shortOfSheets: ShortCase[];
  /** The last submission of one of this stage's forms, with its errors. */
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const unsent = view ? view.mailCounts.failed + view.mailCounts.pending : 0;
  return (
    <div data-testid={`stage-${stage}`}>
      <Section title={t(`publish.stage.${stage}`)} className="mb-8 rounded-md border border-gray-300 p-4">
        {view?.snapshotIntact === false ? <SnapshotWarning /> : null}
        {view?.published ? (
          <p className="mb-3 font-semibold">{t("publish.published", { time: view.published })}</p>
        ) : null}
        {view?.overrideReason ? <p className="mb-3">{t("publish.override", { reason: view.overrideReason })}</p> : null}
        {/* Above the prepare form, which may be hidden, and under the id Conform gives its form errors. */}
        <ErrorSummary
          formId={STAGE_INTENTS.prepare[stage]}
          id={`${STAGE_INTENTS.prepare[stage]}-error`}
          errors={lastResult?.error ?? {}}
          fieldId={(name) => `${STAGE_INTENTS.prepare[stage]}-${name}`}
        />
        {canPrepare ? (
          <PrepareForm
            stage={stage}
            competitionId={competitionId}
            categories={categories}
            winners={winners}
            shortOfSheets={shortOfSheets}
            lastResult={lastResult}
          />
        ) : null}
        {view ? (
          <>
            <h3 className="mb-2 text-lg font-semibold">
              {view.published ? t("publish.asPublished") : t("publish.preview")}
            </h3>
            <ShortOfSheetsList cases={view.listedApart} outcome />
            <div className="mb-4 rounded-md border border-dashed border-gray-400 p-4" data-testid={`preview-${stage}`}>
              <ResultsView results={view.preview} headingLevel={3} />
              {view.agreement ? <PublicAgreement text={view.agreement} headingLevel={3} className="mt-6" /> : null}
            </div>
            <StoredConfidence stage={stage} competitionId={competitionId} view={view.confidence} />
            <OutboxList
              id={`outbox-${stage}`}
              param={outboxPageParam(stage)}
              mails={view.mails}
              counts={view.mailCounts}
              slice={view.mailSlice}
            />
            {!view.published && ready ? (
              <StageButton
                competitionId={competitionId}
                intent={STAGE_INTENTS.publish[stage]}
                label={t("publish.confirm")}
                primary
              />
            ) : null}
            {view.published && unsent > 0 ? (
              <StageButton
                competitionId={competitionId}
                intent={STAGE_INTENTS.resend[stage]}
                label={t("publish.resend", { count: unsent })}
              />
            ) : null}
          </>
        ) : null}
      </Section>
    </div>
  );
}
