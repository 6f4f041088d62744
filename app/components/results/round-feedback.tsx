import { JUDGING_STEPS } from "#app/domain/steps.ts";
import type { StepScores } from "#app/domain/step-weights.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type RoundFeedbackView = {
  round: "main" | "final";
  stepMeans: StepScores;
  comments: ({ overall: string } & Record<(typeof JUDGING_STEPS)[number]["key"], string>)[];
};

/**
 * The jury's feedback on one round, under the round's own name: its step means and the comments
 * written in it, never mixed with the other round's.
 */
export function RoundFeedback({ feedback }: { feedback: RoundFeedbackView }) {
  const { t, locale } = useTranslation();
  return (
    <section aria-label={t(`result.round.${feedback.round}`)} className="mb-8" data-testid={`round-${feedback.round}`}>
      <h3 className="mb-1 text-lg font-semibold">{t(`result.round.${feedback.round}`)}</h3>
      <p className="mb-3 text-sm text-ink-muted">
        {t(feedback.round === "main" ? "result.round.mainIntro" : "result.round.finalIntro")}
      </p>
      <dl className="mb-4 flex flex-col gap-2">
        {JUDGING_STEPS.map(({ key, messages }) => (
          <div key={key}>
            <dt className="font-semibold">{t(messages.name)}</dt>
            <dd>{t("result.stepMean", { mean: formatScore(feedback.stepMeans[key], locale) })}</dd>
          </div>
        ))}
      </dl>
      <h4 className="mb-2 font-semibold">{t("result.comments")}</h4>
      {feedback.comments.length === 0 ? <p>{t("result.noComments")}</p> : null}
      <ul className="flex flex-col gap-4">
        {feedback.comments.map((comment, index) => (
          <li key={index} className="rounded-md border border-gray-200 p-3">
            {JUDGING_STEPS.map(({ key, messages }) =>
              comment[key] ? (
                <p key={key}>
                  <span className="font-semibold">{t(messages.name)}:</span> {comment[key]}
                </p>
              ) : null,
            )}
            {comment.overall ? <p className="mt-1">{comment.overall}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
