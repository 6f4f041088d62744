import type { SubmissionResult } from "@conform-to/react";
import { Form, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { CaseDocument } from "#app/components/case/case-document.tsx";
import { RestoreOffer } from "#app/components/restore-offer.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { formatTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { useDraftBackup } from "#app/utils/use-draft-backup.ts";
import { DeclareConflictForm } from "./conflict-question.tsx";
import { ScoreSheetForm } from "./score-sheet-form.tsx";
import { postedSheet, sameSheet, type JurorScoring, type SheetValues } from "./sheet-values.ts";

/** The case on one side, the juror's score sheet on the other, kept in the browser until saved. */
export function ScoreSheet({
  scoring,
  result,
}: {
  scoring: JurorScoring;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t, locale } = useTranslation();
  const [searchParams] = useSearchParams();
  const stored = scoring.values;
  const backup = useDraftBackup<SheetValues>(
    scoring.sample ? `awards-sample-${scoring.caseId}` : `awards-sheet-${scoring.caseId}-${scoring.round}`,
    stored,
    sameSheet,
  );
  const [restored, setRestored] = useState<SheetValues | null>(null);
  // After a refused save the page shows what was typed, not what was stored.
  const shown = restored ?? (result?.initialValue ? postedSheet(stored, result.initialValue) : stored);
  const editable = scoring.open && scoring.status !== "final";
  const offer = editable ? backup.offer : null;
  const saved = searchParams.get("saved");
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <Section title={t("jury.sheet.caseHeading")}>
        <CaseDocument
          caseId={scoring.caseId}
          texts={scoring.texts}
          attachments={scoring.sample ? undefined : scoring.attachments}
          attachmentNote={scoring.blindFiles && scoring.attachments.length > 0 ? t("blindFiles.notice") : undefined}
        />
      </Section>
      <Section title={t("jury.sheet.title")}>
        {scoring.status === "final" ? (
          <StatusMessage>{t(scoring.sample ? "calibration.juror.submitted" : "jury.sheet.isFinal")}</StatusMessage>
        ) : saved === "save-draft" && !result ? (
          <StatusMessage>{t("jury.sheet.saved")}</StatusMessage>
        ) : null}
        {!scoring.open && !(scoring.sample && scoring.status === "final") ? (
          <p className="mb-4 rounded-md border border-red-700 p-3">{t("jury.sheet.closed")}</p>
        ) : null}
        {scoring.sample && editable ? <p className="mb-4 font-semibold">{t("calibration.juror.once")}</p> : null}
        {offer ? (
          <RestoreOffer
            message={t("jury.sheet.restoreFound", { time: formatTime(new Date(offer.at), locale) })}
            restoreLabel={t("jury.sheet.restore")}
            onRestore={() => {
              setRestored(offer.values);
              backup.dismissOffer();
            }}
            onDiscard={backup.forget}
          />
        ) : null}
        <ScoreSheetForm
          key={JSON.stringify(shown)}
          scoring={scoring}
          initial={shown}
          editable={editable}
          errors={result?.error ?? {}}
          onChange={backup.remember}
        />
        {editable && !scoring.sample ? (
          // Before finalising, the juror's other sheets are one step away, to score this one alike.
          <p className="mt-4 text-sm">
            <TextLink to="/jury/sheets">{t("ownSheets.link")}</TextLink>
          </p>
        ) : null}
        {scoring.open && scoring.status === "final" && !scoring.sample ? (
          <Form method="post" className="mt-4">
            <Button name="intent" value="reopen" variant="secondary">
              {t("jury.sheet.reopen")}
            </Button>
          </Form>
        ) : null}
        {scoring.round === "main" && editable && !scoring.sample ? (
          <details className="mt-8" open={Boolean(result?.error?.reason)}>
            <summary className="cursor-pointer font-semibold">{t("jury.conflict.later")}</summary>
            <p className="my-2 text-sm text-ink-muted">{t("jury.conflict.laterHint")}</p>
            <DeclareConflictForm result={result} />
          </details>
        ) : null}
      </Section>
    </div>
  );
}
