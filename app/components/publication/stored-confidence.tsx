import { ConfidenceSection } from "#app/components/ranking/confidence-section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import type { PublicationStage } from "#app/domain/publication.ts";
import { figuresVersionParam } from "#app/forms/publication-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import type { StoredConfidenceView } from "#app/utils/published-confidence-text.server.ts";

/**
 * The confidence figures stored with one version of a stage, as the chair reads them: the same
 * sections as the ranking page's "how sure is the ranking?", a category each, from the snapshot
 * rather than the live sheets; with links to every version's own figures.
 */
export function StoredConfidence({
  stage,
  competitionId,
  view,
}: {
  stage: PublicationStage;
  competitionId: number;
  view: StoredConfidenceView;
}) {
  const { t } = useTranslation();
  const anchor = `stored-confidence-${stage}`;
  const versionLink = (version: number) =>
    `/chair/publish?${new URLSearchParams({ competition: String(competitionId), [figuresVersionParam(stage)]: String(version) })}#${anchor}`;
  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} className="mb-4" data-testid={anchor}>
      <h3 id={`${anchor}-heading`} className="mb-2 text-lg font-semibold">
        {view.heading}
      </h3>
      <p className="mb-1 max-w-prose text-sm">{view.intro}</p>
      <p className="mb-2 font-semibold" data-testid="agreement-choice">
        {view.choice}
      </p>
      {view.versions > 1 ? (
        <ul className="mb-2 flex flex-wrap gap-4">
          {Array.from({ length: view.versions }, (_, index) => index + 1).map((version) => (
            <li key={version}>
              {version === view.version ? (
                <span aria-current="true">{t("publishedConfidence.versionLink", { version })}</span>
              ) : (
                <TextLink to={versionLink(version)}>{t("publishedConfidence.versionLink", { version })}</TextLink>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {view.categories.map((category, index) => (
        <details key={category.name} className="mb-2 rounded-md border border-gray-300 p-2">
          <summary className="cursor-pointer font-semibold">{category.name}</summary>
          <ConfidenceSection view={category.view} id={`${anchor}-${index}`} level={3} title={category.view.heading} />
        </details>
      ))}
    </section>
  );
}
