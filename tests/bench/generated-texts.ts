// Words for the generated competition: Norwegian texts of a case's usual length, so pages weigh
// what they would at a real award. Picked by a seeded random source, so every run is the same.

import type { Random } from "#db/seed/seeded-random.ts";

// The generator is shared with the demo seed (db/seed), which must not import from tests/.
export { seededRandom, type Random } from "#db/seed/seeded-random.ts";

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A normally distributed value (Box–Muller), for scores that cluster like real ones. */
export function gaussian(random: Random, mean: number, deviation: number): number {
  const u = Math.max(random(), 1e-9);
  return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const COMPANY_WORDS = ["Fjord", "Nord", "Vest", "Tind", "Bølge", "Lys", "Elv", "Skog", "Havn", "Stein", "Myr", "Berg"];
const COMPANY_KINDS = ["Energi", "Bank", "Logistikk", "Forsikring", "Bolig", "Reise", "Helse", "Telekom", "Handel"];
const COMPANY_FORMS = ["AS", "ASA", "SA", "kommune"];

export function companyName(random: Random, index: number): string {
  return `${pick(random, COMPANY_WORDS)}${pick(random, COMPANY_WORDS).toLowerCase()} ${pick(random, COMPANY_KINDS)} ${pick(random, COMPANY_FORMS)} ${index}`;
}

const FIRST_NAMES = ["Ingrid", "Jonas", "Sara", "Ola", "Mia", "Per", "Kari", "Erik", "Hanne", "Tor", "Lise", "Nora"];
const LAST_NAMES = ["Fjeld", "Berg", "Holm", "Tind", "Vik", "Lunde", "Moen", "Solberg", "Aasen", "Dahl", "Strand"];

export function personName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

const TITLES = [
  "Strømmen tilbake – eller vi ringer deg",
  "Et menneske svarer – samme dag",
  "Smaker den ikke, bytter vi den",
  "Reparert på fem dager, eller lånesykkel",
  "Saken din har ett navn",
  "Pakken din, ditt tidspunkt",
  "Svar før lunsj, hver dag",
  "Ingen kø på telefonen etter klokken ti",
];

export function caseTitle(random: Random, index: number): string {
  return `${pick(random, TITLES)} (${index})`;
}

const SENTENCES = [
  "Blir du uten tjenesten, ringer vi deg innen 30 minutter med beskjed om hva som skjer og når den er tilbake.",
  "Løftet er første side i introduksjonsheftet for nye i kundesenteret, og vaktlederen går gjennom dagens meldinger hver morgen.",
  "Rådgiverne har fullmakt til å løse saker opp til 20 000 kroner uten å spørre leder.",
  "Vi har koblet driftssystemet til ringelisten, og hver uke måler vi hvor mange som ble ringt innen fristen.",
  "Kundetilfredsheten etter avvik gikk fra 3,1 til 4,4 av 5, og henvendelsene i avviksperioder falt med 40 prosent.",
  "Andelen saker løst i første svar steg fra 61 til 83 prosent, og vi publiserer svartiden hver måned.",
  "Mekanikerne planlegger uken rundt løftet, og unntakene sier vi tydelig ved første kontakt.",
  "Løftet ble laget sammen med de ansatte som møter kundene, og vi endret ansvarsfordelingen etterpå.",
  "Klagene falt med 60 prosent, og behandlingstiden gikk ned fra ni til fem uker.",
  "Vi snakker om avvikene på fredagsmøtet for å lære hva kundene faktisk merker.",
];

/** About `length` characters of case text made of whole sentences. */
export function caseText(random: Random, length: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const sentence = pick(random, SENTENCES);
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(" ");
}

const COMMENTS = [
  "Et konkret løfte kundene merker.",
  "Godt forankret hos de som møter kundene.",
  "Målingene viser at løftet holdes over tid.",
  "Løftet er tydelig, men gjennomføringen er tynt dokumentert.",
  "Sterk sak med gode tall.",
  "Mangler grenser for når løftet ikke gjelder.",
];

export function juryComment(random: Random): string {
  return pick(random, COMMENTS);
}
