import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { ProgressBar } from "#app/components/ui/progress-bar.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { PlainField, type LastResult } from "./plain-field.tsx";

/** An opened final round as the chair follows it; null before it is opened. */
export type FinalRoundView = {
  state: "open" | "locked";
  /** Sheets may change: opened, not locked, deadline not passed. */
  open: boolean;
  /** Formatted, Oslo time; null for a round opened before it had one. */
  deadline: string | null;
  progress: { done: number; total: number };
} | null;

const FORM_ID = "open-final-round";

const NEXT_STEP = {
  open: { intent: "lock-final-round", label: "publish.lockFinalRound" },
  locked: { intent: "unlock-final-round", label: "publish.unlockFinalRound" },
} as const;

/**
 * The optional final round between the stages: open it with its own deadline once the finalists
 * are out, follow its progress, lock it before the winners. Hidden until the finalists are
 * published, and once the winners are out without one.
 */
export function FinalRoundSection({
  competitionId,
  finalRound,
  finalistsPublished,
  winnersPublished,
  lastResult,
}: {
  competitionId: number;
  finalRound: FinalRoundView;
  finalistsPublished: boolean;
  winnersPublished: boolean;
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  if (!finalistsPublished || (winnersPublished && !finalRound)) return null;
  return (
    <div data-testid="final-round">
      <Section title={t("publish.finalRound")} className="mb-8 rounded-md border border-gray-300 p-4">
        <p className="mb-2 text-sm text-ink-muted">{t("publish.finalRoundHint")}</p>
        {finalRound ? (
          <>
            {finalRound.deadline ? (
              <p className="mb-2" data-testid="final-round-deadline">
                {t("finalRound.deadline", { deadline: finalRound.deadline })}
              </p>
            ) : null}
            <ProgressBar
              label={t("finalRound.progress", finalRound.progress)}
              done={finalRound.progress.done}
              total={finalRound.progress.total}
              testId="final-round-bar"
            />
            {finalRound.state === "open" ? (
              <p className="mb-2">
                {finalRound.open ? t("publish.finalRoundOpenNow") : t("finalRound.closedAtDeadline")}{" "}
                <TextLink to={`/chair/ranking?competition=${competitionId}&round=final`}>
                  {t("ranking.round.final")}
                </TextLink>{" "}
                · <TextLink to={`/chair/jury?competition=${competitionId}`}>{t("jury.admin.finalRound")}</TextLink>
              </p>
            ) : (
              <p className="mb-2">{t("publish.finalRoundLocked")}</p>
            )}
          </>
        ) : null}
        {winnersPublished ? null : finalRound ? (
          <Form method="post">
            <input type="hidden" name="competitionId" value={competitionId} />
            <Button name="intent" value={NEXT_STEP[finalRound.state].intent} variant="secondary">
              {t(NEXT_STEP[finalRound.state].label)}
            </Button>
          </Form>
        ) : (
          <Form method="post" id={FORM_ID} className="flex flex-col gap-3">
            <ErrorSummary
              formId={FORM_ID}
              id={`${FORM_ID}-error`}
              errors={lastResult?.error ?? {}}
              fieldId={(name) => `${FORM_ID}-${name}`}
            />
            <input type="hidden" name="competitionId" value={competitionId} />
            <div className="w-64">
              <PlainField
                formId={FORM_ID}
                name="finalRoundDeadline"
                type="datetime-local"
                label={t("finalRound.deadlineLabel")}
                hint={t("finalRound.deadlineHint")}
                lastResult={lastResult}
              />
            </div>
            <Button name="intent" value={FORM_ID} variant="secondary" className="self-start">
              {t("publish.openFinalRound")}
            </Button>
          </Form>
        )}
      </Section>
    </div>
  );
}
