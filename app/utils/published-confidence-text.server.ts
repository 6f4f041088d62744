import type { Locale } from "#app/domain/locales.ts";
import type { PublicAgreement } from "#app/domain/published-confidence.ts";
import type { publicationStatus } from "#app/domain/publication.server.ts";
import { formatScore } from "#app/i18n/format.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { confidenceView } from "./verdict-confidence-text.server.ts";

type Words = { t: Translate; locale: Locale };

/**
 * The agreement on the public page, worded here as the ranking rules beside it are: the figure in
 * the reader's number format, its plain reading, and the method in one sentence. Null when the
 * chair did not choose to show it.
 */
export function publicAgreementText(agreement: PublicAgreement | undefined, { t, locale }: Words) {
  if (!agreement) return null;
  return {
    heading: t("publishedConfidence.public.heading"),
    lines:
      agreement.alpha === null
        ? [t("publishedConfidence.public.none"), t("publishedConfidence.public.method")]
        : [
            t("publishedConfidence.public.figure", {
              alpha: formatScore(agreement.alpha, locale),
              cases: agreement.cases,
              sheets: agreement.sheets,
            }),
            t(`confidence.reading.${agreement.reading}`),
            t("publishedConfidence.public.method"),
          ],
  };
}

export type PublicAgreementText = ReturnType<typeof publicAgreementText>;

type StoredConfidence = NonNullable<ReturnType<typeof publicationStatus>["finalists"]>["confidence"];

/**
 * A published version's stored figures for the chair, in the very words of the ranking page's
 * "how sure is the ranking?" (`confidenceView`), one category at a time.
 */
export function storedConfidenceView(stored: StoredConfidence, words: Words) {
  const { t } = words;
  return {
    version: stored.version,
    versions: stored.versions,
    heading: t("publishedConfidence.storedHeading", { version: stored.version }),
    intro: stored.categories.length ? t("publishedConfidence.storedIntro") : t("publishedConfidence.notStored"),
    choice: stored.showAgreement ? t("publishedConfidence.shown") : t("publishedConfidence.hidden"),
    categories: stored.categories.map((figures) => ({
      name: figures.categoryName,
      view: confidenceView(figures, figures.categoryName, words),
    })),
  };
}

export type StoredConfidenceView = ReturnType<typeof storedConfidenceView>;
