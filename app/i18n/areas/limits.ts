// Limits that keep one company from filling the portal: cases per category, storage shown to the chair.
const nb = {
  "case.refused.categoryFull":
    "Bedriften har allerede {max} saker i denne kategorien. Fortsett på en av dem, eller velg en annen kategori. En trukket sak kan gjenopprettes og skrives om.",
  "organisations.storage": "Lagring",
} as const;

export const limitMessages = {
  nb,
  en: {
    "case.refused.categoryFull":
      "Your company already has {max} cases in this category. Continue with one of them, or choose another category. A withdrawn case can be restored and rewritten.",
    "organisations.storage": "Storage",
  } satisfies Record<keyof typeof nb, string>,
};
