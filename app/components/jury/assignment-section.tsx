import { Form, useNavigation } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import type { AssignmentPreview } from "#app/domain/jury.server.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

function PreviewTable({ preview }: { preview: AssignmentPreview }) {
  const { t } = useTranslation();
  if (preview.count === 0) return <p>{t("jury.admin.previewNone")}</p>;
  return (
    <>
      <p>{t("jury.admin.previewSummary", { count: preview.count })}</p>
      <table className="w-full text-left">
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2">
              {t("jury.admin.case")}
            </th>
            <th scope="col">{t("assignPlan.title")}</th>
            <th scope="col">{t("assignPlan.category")}</th>
            <th scope="col">{t("jury.admin.previewJurors")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.cases.map((item) => (
            <tr key={item.reference} className="border-b">
              <th scope="row" className="py-2 font-medium">
                {item.reference}
              </th>
              <td>{item.title}</td>
              <td>{item.category}</td>
              <td>{item.jurors.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Every juror's load before and after the plan; the plan evens loads, and this shows whether it could. */
function LoadTable({ loads }: { loads: AssignmentPreview["loads"] }) {
  const { t } = useTranslation();
  return (
    <table className="w-full text-left" data-testid="assignment-loads">
      <caption className="py-2 text-left font-semibold">{t("assignPlan.loadsTitle")}</caption>
      <thead>
        <tr className="border-b">
          <th scope="col" className="py-2">
            {t("assignPlan.juror")}
          </th>
          <th scope="col" className="text-right">
            {t("assignPlan.before")}
          </th>
          <th scope="col" className="text-right">
            {t("assignPlan.added")}
          </th>
          <th scope="col" className="text-right">
            {t("assignPlan.total")}
          </th>
        </tr>
      </thead>
      <tbody>
        {loads.map((juror) => (
          <tr key={juror.id} className="border-b">
            <th scope="row" className="py-2 font-medium">
              {juror.name}
            </th>
            <td className="text-right tabular-nums">{juror.before}</td>
            <td className="text-right tabular-nums">{juror.added}</td>
            <td className="text-right font-semibold tabular-nums">{juror.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The automatic assignment: a preview first, then saving exactly the plan previewed (its
 * fingerprint travels with the form), or the new plan and why when things moved meanwhile.
 */
export function AssignmentSection({
  competitionId,
  minScoreSheets,
  hasJurors,
  preview,
  error,
}: {
  competitionId: number;
  minScoreSheets: number;
  hasJurors: boolean;
  preview: AssignmentPreview | null;
  error: string | null;
}) {
  const navigation = useNavigation();
  const { t } = useTranslation();
  return (
    <Section title={t("jury.admin.autoAssign")} className="mb-8 rounded-md border border-gray-300 p-4">
      <div className="flex flex-col gap-3">
        <p>{t("jury.admin.autoAssignHint", { min: minScoreSheets })}</p>
        <Form method="post">
          <input type="hidden" name="competitionId" value={competitionId} />
          <Button name="intent" value="preview" variant="secondary" disabled={!hasJurors}>
            {t("jury.admin.preview")}
          </Button>
        </Form>
        {error ? (
          <p role="alert" className="font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        {preview ? (
          <div data-testid="assignment-preview" className="flex flex-col gap-3">
            <PreviewTable preview={preview} />
            {preview.count > 0 ? <LoadTable loads={preview.loads} /> : null}
            {preview.shortfalls.length > 0 ? (
              <ul role="alert" className="list-disc pl-6 text-red-800">
                {preview.shortfalls.map((item) => (
                  <li key={item.reference}>
                    {t("jury.admin.shortfall", { case: `${item.reference} «${item.title}»`, missing: item.missing })}
                  </li>
                ))}
              </ul>
            ) : null}
            {preview.count > 0 ? (
              <Form method="post">
                <input type="hidden" name="competitionId" value={competitionId} />
                <input type="hidden" name="fingerprint" value={preview.fingerprint} />
                <Button name="intent" value="save-plan" disabled={navigation.state === "submitting"}>
                  {t("jury.admin.savePlan")}
                </Button>
              </Form>
            ) : null}
          </div>
        ) : null}
      </div>
    </Section>
  );
}
