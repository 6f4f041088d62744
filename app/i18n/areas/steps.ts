// The three judging steps. Each step has ONE name per language, used wherever the step is named
// (case editor, score sheet, case document, result page, ranking chart, weights).
const nb = {
  "step.promise.name": "Steg 1: Serviceløftet",
  "step.promise.caseHint":
    "Hva lover dere kundene? Beskriv løftet slik kundene møter det, og hvorfor det betyr noe for dem.",
  "step.anchoring.name": "Steg 2: Forankring",
  "step.anchoring.caseHint":
    "Hvordan gjøres løftet klinkende klart for dem som svarer kundene – på telefon, i chat og i butikk? Hvilke grenser har løftet, og hvordan sier dere dem?",
  "step.realisation.name": "Steg 3: Realisering",
  "step.realisation.caseHint":
    "Hvordan holder dere løftet i praksis før, under og etter kjøpet? Fortell om kultur, rutiner og opplæring, og vis resultater: kundeundersøkelser, mystery shopping, NPS eller tilfredshetstall.",
} as const;

export const stepMessages = {
  nb,
  en: {
    "step.promise.name": "Step 1: The service promise",
    "step.promise.caseHint":
      "What do you promise your customers? Describe the promise as customers meet it, and why it matters to them.",
    "step.anchoring.name": "Step 2: Anchoring",
    "step.anchoring.caseHint":
      "How is the promise made crystal clear to the people who answer customers — on the phone, in chat and in store? What limits does it have, and how do you state them?",
    "step.realisation.name": "Step 3: Delivery",
    "step.realisation.caseHint":
      "How do you keep the promise in practice before, during and after the purchase? Tell about culture, routines and training, and show results: customer surveys, mystery shopping, NPS or satisfaction figures.",
  } satisfies Record<keyof typeof nb, string>,
};
