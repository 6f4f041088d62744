import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type FinalRoundState = "none" | "open" | "locked";

const NEXT_STEP = {
  none: { intent: "open-final-round", label: "publish.openFinalRound" },
  open: { intent: "lock-final-round", label: "publish.lockFinalRound" },
  locked: { intent: "unlock-final-round", label: "publish.unlockFinalRound" },
} as const;

/**
 * The optional final round between the stages: open it once the finalists are out, lock it before
 * the winners. Hidden until the finalists are published, and once the winners are out without one.
 */
export function FinalRoundSection({
  competitionId,
  finalRound,
  finalistsPublished,
  winnersPublished,
}: {
  competitionId: number;
  finalRound: FinalRoundState;
  finalistsPublished: boolean;
  winnersPublished: boolean;
}) {
  const { t } = useTranslation();
  if (!finalistsPublished || (winnersPublished && finalRound === "none")) return null;
  const next = NEXT_STEP[finalRound];
  return (
    <div data-testid="final-round">
      <Section title={t("publish.finalRound")} className="mb-8 rounded-md border border-gray-300 p-4">
        <p className="mb-2 text-sm text-ink-muted">{t("publish.finalRoundHint")}</p>
        {finalRound === "open" ? (
          <p className="mb-2">
            {t("publish.finalRoundOpenNow")}{" "}
            <TextLink to={`/chair/ranking?competition=${competitionId}&round=final`}>
              {t("ranking.round.final")}
            </TextLink>
          </p>
        ) : null}
        {finalRound === "locked" ? <p className="mb-2">{t("publish.finalRoundLocked")}</p> : null}
        {winnersPublished ? null : (
          <Form method="post">
            <input type="hidden" name="competitionId" value={competitionId} />
            <Button name="intent" value={next.intent} variant="secondary">
              {t(next.label)}
            </Button>
          </Form>
        )}
      </Section>
    </div>
  );
}
