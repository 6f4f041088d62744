import type { CorrectionNote, PublicationStage } from "#app/domain/publication.ts";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { formatDateTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * The corrections of a published result and every version, as journals publish errata: the note
 * says when and why, and each earlier version stays one link away.
 */
export function ResultVersions({
  basePath,
  stage,
  publishedAt,
  version,
  currentVersion,
  corrections,
}: {
  basePath: string;
  /** The stage shown: its versions are the ones to move between. */
  stage: PublicationStage;
  publishedAt: string;
  version: number;
  currentVersion: number;
  corrections: CorrectionNote[];
}) {
  const { t, locale } = useTranslation();
  if (!corrections.length) return null;
  const date = (at: string) => formatDateTime(new Date(at), locale);
  return (
    <section aria-labelledby="result-versions" data-testid="corrections" className="mb-8 rounded-md border p-4">
      {version !== currentVersion ? (
        <p role="status" className="mb-2 font-semibold">
          {t("correct.olderVersion", { version, current: currentVersion })}
        </p>
      ) : null}
      <h2 id="result-versions" className="mb-1 text-lg font-semibold">
        {t("correct.history")}
      </h2>
      <ul className="mb-3">
        {corrections.map((note) => (
          <li key={`${note.stage}-${note.version}`} data-testid="correction-note">
            {t("correct.note", { stage: t(`results.${note.stage}`), date: date(note.at), reason: note.reason })}
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">{t("correct.versions")}</h3>
      <ul>
        {[{ version: 1, at: publishedAt }, ...corrections.filter((note) => note.stage === stage)].map((item) => {
          const label =
            item.version === 1
              ? t("correct.versionOriginal", { date: date(item.at) })
              : t("correct.versionCorrected", { version: item.version, date: date(item.at) });
          return (
            <li key={item.version}>
              {item.version === version ? (
                <span aria-current="page">{label}</span>
              ) : (
                <TextLink to={`${basePath}?version=${item.version}`}>{label}</TextLink>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
