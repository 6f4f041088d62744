import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** Whether entrants see the step means and the jurors' comments on their own case. */
export function FeedbackSection({ competitionId, sharing }: { competitionId: number; sharing: boolean }) {
  const { t } = useTranslation();
  return (
    <Section title={t("publish.shareFeedback")} className="mb-8 rounded-md border border-gray-300 p-4">
      <p className="mb-2 text-sm text-ink-muted">{t("publish.shareFeedbackHint")}</p>
      <p className="mb-2">{sharing ? t("publish.sharing") : t("publish.notSharing")}</p>
      <Form method="post">
        <input type="hidden" name="competitionId" value={competitionId} />
        <Button name="intent" value={sharing ? "share-off" : "share-on"} variant="secondary">
          {sharing ? t("publish.shareOff") : t("publish.shareOn")}
        </Button>
      </Form>
    </Section>
  );
}
