import { randomBytes } from "node:crypto";
import { chairExists, createFirstChair, issueSetupToken, registerEntrant } from "#app/domain/accounts.server.ts";
import { createCase, saveCaseDraft, submitCase } from "#app/domain/cases.server.ts";
import { addCategory, createCompetition, listCompetitions } from "#app/domain/competitions.server.ts";
import { osloLocalToUtc, utcToOsloLocal } from "#app/domain/deadlines.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";
import { env } from "#app/utils/env.server.ts";
import { openDatabase } from "#db/client.ts";

// `npm run demo`: a competition to click around in, for newcomers. Never run against production:
// it creates accounts whose (random) passwords it prints.

const db = openDatabase(env.DATABASE_PATH);
const now = new Date();
const year = now.getFullYear();

if (listCompetitions(db).some((competition) => competition.year === year)) {
  console.log(`${env.DATABASE_PATH} already has a ${year} competition; the demo only fills an empty database.`);
  process.exit(0);
}

const logins: { role: string; email: string; password: string }[] = [];
const newPassword = () => randomBytes(12).toString("base64url");

let chairId: string | null = null;
if (!chairExists(db)) {
  const password = newPassword();
  const email = "juryleder@demo.kundeserviceawards.no";
  ({ userId: chairId } = createFirstChair(db, issueSetupToken(db, now), { name: "Demo Juryleder", email, passwordHash: await hashPassword(password) }, now));
  logins.push({ role: "chair", email, password });
}

/** Oslo wall-clock time `days` from today at the given hour, as the chair would type it. */
function osloDaysFromNow(days: number, time: string): Date {
  const day = utcToOsloLocal(new Date(now.getTime() + days * 86_400_000)).slice(0, 10);
  return osloLocalToUtc(`${day}T${time}`)!;
}

const submissionDeadlineAt = osloDaysFromNow(21, "23:59");
const { id: competitionId } = createCompetition(
  db,
  chairId,
  {
    year,
    name: `Kundeservice Awards ${year}`,
    submissionOpensAt: osloDaysFromNow(-30, "09:00"),
    submissionDeadlineAt,
    scoringDeadlineAt: osloDaysFromNow(50, "23:59"),
  },
  now,
);
const { id: firstCategoryId } = addCategory(db, chairId, competitionId, {
  name: "Store virksomheter",
  description: "Virksomheter med mer enn 250 ansatte i kundeservice og salg.",
}, now);
addCategory(db, chairId, competitionId, {
  name: "Små og mellomstore virksomheter",
  description: "Virksomheter med inntil 250 ansatte.",
  weights: { promise: 25, anchoring: 35, realisation: 40 },
}, now);
addCategory(db, chairId, competitionId, {
  name: "Offentlig sektor",
  description: "Statlige og kommunale tjenester med innbyggerdialog.",
  weights: { promise: 30, anchoring: 25, realisation: 45 },
}, now);

const demoOrganisations = [
  {
    organisationName: "Fjordlys Energi AS",
    orgNumber: "982463718",
    name: "Ingrid Fjeld",
    email: "ingrid@fjordlys-demo.no",
    submit: true,
    texts: {
      title: "Strømmen tilbake – eller vi ringer deg",
      summary: "Ved strømbrudd ringer vi kunden før kunden rekker å ringe oss, med tid for når strømmen er tilbake.",
      servicePromise: "Blir du uten strøm, ringer vi deg innen 30 minutter med beskjed om hva som skjer og når strømmen er tilbake.",
      anchoring: "Løftet er første side i introduksjonsheftet for nye i kundesenteret, og vaktlederen går gjennom dagens driftsmeldinger hver morgen. Grensen sier vi tydelig: ved storm med over 5 000 berørte sender vi SMS i stedet for å ringe.",
      realisation: "Vi har koblet driftssystemet til ringelisten, og hver uke måler vi hvor mange som ble ringt innen 30 minutter (94 % i fjor). Kundetilfredsheten etter strømbrudd gikk fra 3,1 til 4,4 av 5, og henvendelsene i bruddperioder falt med 40 %.",
    },
  },
  {
    organisationName: "Nordpakke Logistikk AS",
    orgNumber: "971524960",
    name: "Jonas Berg",
    email: "jonas@nordpakke-demo.no",
    submit: false,
    texts: {
      title: "Pakken din, ditt tidspunkt",
      summary: "Kunden velger selv leveringstime, og vi holder den.",
      servicePromise: "Du velger en times leveringsvindu. Kommer vi for sent, er frakten gratis.",
      anchoring: "",
      realisation: "",
    },
  },
];
for (const { texts, submit, ...organisation } of demoOrganisations) {
  const password = newPassword();
  const { userId, organisationId } = registerEntrant(db, { ...organisation, passwordHash: await hashPassword(password) }, now);
  logins.push({ role: "entrant", email: organisation.email, password });
  const actor = { id: userId, role: "entrant" as const, organisationId };
  const { id: caseId } = createCase(db, actor, { competitionId, categoryId: firstCategoryId, title: texts.title }, now);
  const edit = { version: 1, categoryId: firstCategoryId, texts };
  if (submit) submitCase(db, actor, caseId, edit, now);
  else saveCaseDraft(db, actor, caseId, edit, now);
}

db.$client.close();
console.log(`Demo competition "Kundeservice Awards ${year}" created in ${env.DATABASE_PATH} with three categories, one submitted case and one draft.`);
console.log(`Submission deadline: ${utcToOsloLocal(submissionDeadlineAt).replace("T", " ")} (Europe/Oslo).`);
console.log("Demo logins (random passwords, shown only now):");
for (const login of logins) console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(40)} ${login.password}`);
