import type { PublicCase, PublicResults } from "#app/domain/publication.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

function CaseLine({ item }: { item: PublicCase }) {
  return (
    <>
      <span className="font-semibold">{item.organisation}</span> – {item.title}
    </>
  );
}

/** The public results of one year: what the public page shows and what the chair previews. */
export function ResultsView({ results, headingLevel = 2 }: { results: PublicResults; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <div className="flex flex-col gap-8" data-testid="results">
      {results.stage === "finalists" ? <p>{t("results.finalistsOnly")}</p> : null}
      {results.categories.map((category) => (
        <section key={category.category} aria-label={category.category}>
          <Heading className="mb-3 text-2xl font-semibold text-brand-900">{category.category}</Heading>
          {category.winners.length ? (
            <div className="mb-4 rounded-md border-2 border-accent-500 p-4">
              <SubHeading className="mb-1 text-lg font-semibold">
                {category.winners.length > 1 ? t("results.winners") : t("results.winner")}
              </SubHeading>
              <ul className="mb-3">
                {category.winners.map((item) => (
                  <li key={item.reference} data-testid="winner">
                    <CaseLine item={item} />
                  </li>
                ))}
              </ul>
              {category.reasoning ? (
                <>
                  <p className="font-semibold">{t("results.reasoning")}</p>
                  <p className="whitespace-pre-wrap">{category.reasoning}</p>
                </>
              ) : null}
            </div>
          ) : null}
          <SubHeading className="mb-1 text-lg font-semibold">{t("results.finalists")}</SubHeading>
          <ul className="list-disc pl-6">
            {category.finalists.map((item) => (
              <li key={item.reference} data-testid="finalist">
                <CaseLine item={item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
