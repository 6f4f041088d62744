import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** Where scoring stands, with the switches for the lock and for blind judging. */
export function ScoringSettings({
  competition,
}: {
  competition: {
    id: number;
    /** When scoring was locked, formatted; null while it is not. */
    lockedAt: string | null;
    scoringDeadline: string;
    deadlinePassed: boolean;
    isBlindJudging: boolean;
    /** A result is published: the lock and blind judging stand for good, so neither switch is offered. */
    published: boolean;
  };
}) {
  const { t } = useTranslation();
  const toggle = (intent: string, label: string) => (
    <Form method="post">
      <input type="hidden" name="competitionId" value={competition.id} />
      <Button name="intent" value={intent} variant="secondary">
        {label}
      </Button>
    </Form>
  );
  return (
    <Section title={t("jury.admin.settings")} className="mb-8 rounded-md border border-gray-300 p-4">
      <div className="flex flex-col gap-3">
        <p data-testid="scoring-state">
          {competition.lockedAt
            ? t("jury.admin.locked", { time: competition.lockedAt })
            : competition.deadlinePassed
              ? t("jury.admin.deadlinePassed", { deadline: competition.scoringDeadline })
              : t("jury.admin.open", { deadline: competition.scoringDeadline })}
        </p>
        {competition.published ? (
          <p>{t("publish.lockedForGood")}</p>
        ) : competition.lockedAt ? (
          toggle("unlock", t("jury.admin.unlock"))
        ) : (
          toggle("lock", t("jury.admin.lock"))
        )}
        <p>{competition.isBlindJudging ? t("jury.admin.blindOn") : t("jury.admin.blindOff")}</p>
        {competition.published
          ? null
          : competition.isBlindJudging
            ? toggle("blind-off", t("jury.admin.blindToggleOff"))
            : toggle("blind-on", t("jury.admin.blindToggleOn"))}
      </div>
    </Section>
  );
}
