import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import type { SheetStatus } from "#app/domain/jury-states.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type OpenCalibration = {
  competitionId: number;
  name: string;
  samples: { id: number; title: string; status: SheetStatus | null }[];
};

/** The juror's dashboard says first that the open calibration rounds come before the cases. */
export function CalibrationDashboard({ calibrations }: { calibrations: OpenCalibration[] }) {
  const { t } = useTranslation();
  return calibrations.map((calibration) => {
    const done = calibration.samples.every((sample) => sample.status === "final");
    return (
      <Section
        key={calibration.competitionId}
        title={t(done ? "calibration.dashboard.doneTitle" : "calibration.dashboard.title")}
        className={`mb-8 rounded-md p-4 ${done ? "border border-gray-300" : "border-2 border-accent-500"}`}
      >
        <p className="mb-3">
          {t(done ? "calibration.dashboard.done" : "calibration.dashboard.intro", { competition: calibration.name })}
        </p>
        <ol className="flex flex-col gap-2">
          {calibration.samples.map((sample) => (
            <li
              key={sample.id}
              className="flex flex-wrap items-center justify-between gap-3"
              data-testid="calibration-sample"
            >
              <TextLink to={`/jury/calibration/${sample.id}`} className="font-semibold">
                {sample.title}
              </TextLink>
              <span className="rounded bg-gray-100 px-2 py-1 text-sm font-medium">
                {t(
                  sample.status === "final"
                    ? "jury.status.final"
                    : sample.status === "draft"
                      ? "jury.status.draft"
                      : "jury.status.notStarted",
                )}
              </span>
            </li>
          ))}
        </ol>
      </Section>
    );
  });
}
