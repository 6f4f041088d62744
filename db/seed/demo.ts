import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { createFirstChair, issueSetupToken, registerEntrant } from "#app/domain/accounts.server.ts";
import { createCase, saveCaseDraft, submitCase } from "#app/domain/cases.server.ts";
import { addCategory, createCompetition } from "#app/domain/competitions.server.ts";
import { listCompetitions } from "#app/domain/competition-lookup.server.ts";
import { acceptInvitation, inviteJuror } from "#app/domain/invitations.server.ts";
import {
  answerConflictQuestion,
  applyCompetitionAssignment,
  planCompetitionAssignment,
  planFingerprint,
} from "#app/domain/jury.server.ts";
import { decideMembership } from "#app/domain/memberships.server.ts";
import { saveScoreSheet } from "#app/domain/scoring.server.ts";
import { confirmEmail } from "#app/domain/verification.server.ts";
import { osloLocalToUtc, utcToOsloLocal } from "#app/domain/deadlines.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";
import { env } from "#app/utils/env.server.ts";
import { openDatabase } from "#db/client.ts";
import { competitions, users } from "#db/schema.ts";
import { randomInt, seededRandom, seededUuid } from "./seeded-random.ts";

// `npm run demo`: a competition to click around in, for newcomers. Never run against production:
// it creates accounts whose (random) passwords it prints. Every other random choice comes from one
// fixed seed, so every run makes the same competition and what the README promises is always there
// (tests/integration/demo-seed.test.ts runs it twice and compares).

const DEMO_SEED = 20_261_126;
const random = seededRandom(DEMO_SEED);

const db = openDatabase(env.DATABASE_PATH);
const now = new Date();
const year = now.getFullYear();

if (listCompetitions(db).some((competition) => competition.year === year)) {
  console.log(`${env.DATABASE_PATH} already has a ${year} competition; the demo only fills an empty database.`);
  process.exit(0);
}

const logins: { role: string; email: string; password: string }[] = [];
const newPassword = () => randomBytes(12).toString("base64url");

async function demoChairId(): Promise<string> {
  const existing = db.select({ id: users.id }).from(users).where(eq(users.role, "chair")).get();
  if (existing) return existing.id;
  const password = newPassword();
  const email = "juryleder@demo.kundeserviceawards.no";
  logins.push({ role: "chair", email, password });
  return createFirstChair(
    db,
    issueSetupToken(db, now),
    { name: "Demo Juryleder", email, passwordHash: await hashPassword(password) },
    now,
  ).userId;
}
const chairId = await demoChairId();

/** Oslo wall-clock time `days` from today at the given hour, as the chair would type it. */
function osloDaysFromNow(days: number, time: string): Date {
  const day = utcToOsloLocal(new Date(now.getTime() + days * 86_400_000)).slice(0, 10);
  return osloLocalToUtc(`${day}T${time}`)!;
}

let submissionDeadlineAt = osloDaysFromNow(21, "23:59");
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
const { id: largeCategoryId } = addCategory(
  db,
  chairId,
  competitionId,
  {
    name: "Store virksomheter",
    description: "Virksomheter med mer enn 250 ansatte i kundeservice og salg.",
  },
  now,
);
const { id: smallCategoryId } = addCategory(
  db,
  chairId,
  competitionId,
  {
    name: "Små og mellomstore virksomheter",
    description: "Virksomheter med inntil 250 ansatte.",
    weights: { promise: 25, anchoring: 35, realisation: 40 },
  },
  now,
);
const { id: publicCategoryId } = addCategory(
  db,
  chairId,
  competitionId,
  {
    name: "Offentlig sektor",
    description: "Statlige og kommunale tjenester med innbyggerdialog.",
    weights: { promise: 30, anchoring: 25, realisation: 45 },
  },
  now,
);

type DemoCase = {
  organisationName: string;
  orgNumber: string;
  name: string;
  email: string;
  categoryId: number;
  submit: boolean;
  texts: { title: string; summary: string; servicePromise: string; anchoring: string; realisation: string };
};

const demoCases: DemoCase[] = [
  {
    organisationName: "Fjordlys Energi AS",
    orgNumber: "982463718",
    name: "Ingrid Fjeld",
    email: "ingrid@fjordlys-demo.no",
    categoryId: largeCategoryId,
    submit: true,
    texts: {
      title: "Strømmen tilbake – eller vi ringer deg",
      summary: "Ved strømbrudd ringer vi kunden før kunden rekker å ringe oss, med tid for når strømmen er tilbake.",
      servicePromise:
        "Blir du uten strøm, ringer vi deg innen 30 minutter med beskjed om hva som skjer og når strømmen er tilbake.",
      anchoring:
        "Løftet er første side i introduksjonsheftet for nye i kundesenteret, og vaktlederen går gjennom dagens driftsmeldinger hver morgen. Grensen sier vi tydelig: ved storm med over 5 000 berørte sender vi SMS i stedet for å ringe.",
      realisation:
        "Vi har koblet driftssystemet til ringelisten, og hver uke måler vi hvor mange som ble ringt innen 30 minutter (94 % i fjor). Kundetilfredsheten etter strømbrudd gikk fra 3,1 til 4,4 av 5, og henvendelsene i bruddperioder falt med 40 %.",
    },
  },
  {
    organisationName: "Nordpakke Logistikk AS",
    orgNumber: "971524960",
    name: "Jonas Berg",
    email: "jonas@nordpakke-demo.no",
    categoryId: largeCategoryId,
    submit: false,
    texts: {
      title: "Pakken din, ditt tidspunkt",
      summary: "Kunden velger selv leveringstime, og vi holder den.",
      servicePromise: "Du velger en times leveringsvindu. Kommer vi for sent, er frakten gratis.",
      anchoring: "",
      realisation: "",
    },
  },
  {
    organisationName: "Bølgen Bank ASA",
    orgNumber: "923609016",
    name: "Sara Holm",
    email: "sara@bolgenbank-demo.no",
    categoryId: largeCategoryId,
    submit: true,
    texts: {
      title: "Et menneske svarer – samme dag",
      summary: "Alle som skriver til oss får svar fra en rådgiver med navn samme virkedag.",
      servicePromise:
        "Skriver du til oss før klokken 15, får du svar fra en navngitt rådgiver samme dag – aldri fra en robot alene.",
      anchoring:
        "Rådgiverne har fullmakt til å løse saker opp til 20 000 kroner uten å spørre leder. Løftet står i hver stillingsannonse og i ukemøtene.",
      realisation:
        "Andelen saker løst i første svar steg fra 61 til 83 %. Vi publiserer svartiden hver måned på nettsiden, også de månedene vi bommer.",
    },
  },
  {
    organisationName: "Kaffebrenneriet Tind AS",
    orgNumber: "974760673",
    name: "Ola Tind",
    email: "ola@tind-demo.no",
    categoryId: smallCategoryId,
    submit: true,
    texts: {
      title: "Smaker den ikke, bytter vi den",
      summary: "Liker du ikke kaffen, sender vi en annen – uten at du må returnere noe.",
      servicePromise:
        "Liker du ikke kaffen du kjøpte, sender vi en annen sort gratis. Du trenger ikke sende noe tilbake.",
      anchoring:
        "Alle fem ansatte kan innfri løftet direkte i nettbutikken. Vi snakker om byttene på fredagsmøtet for å lære hva kundene liker.",
      realisation:
        "Tre prosent av ordrene ender i bytte, og halvparten av dem blir faste abonnenter. Anmeldelsene nevner løftet oftere enn kaffen.",
    },
  },
  {
    organisationName: "Sykkelklinikken Vest AS",
    orgNumber: "985399077",
    name: "Mia Vik",
    email: "mia@sykkelklinikken-demo.no",
    categoryId: smallCategoryId,
    submit: true,
    texts: {
      title: "Reparert på fem dager, eller lånesykkel",
      summary: "Vi reparerer sykkelen innen fem dager, ellers låner du en av oss gratis til den er klar.",
      servicePromise:
        "Sykkelen din er reparert innen fem virkedager. Tar det lenger, låner du en sykkel av oss gratis.",
      anchoring:
        "Mekanikerne planlegger uken rundt løftet, og vi har alltid fire lånesykler klare. Unntaket – deler med lang leveringstid – sier vi ved innlevering.",
      realisation:
        "I fjor holdt vi fristen for 91 % av reparasjonene. Lånesyklene har gitt oss flere nye kunder enn annonsene.",
    },
  },
  {
    organisationName: "Elvedal kommune",
    orgNumber: "964965226",
    name: "Per Elvedal",
    email: "per@elvedal-demo.no",
    categoryId: publicCategoryId,
    submit: true,
    texts: {
      title: "Byggesaken din har ett navn",
      summary: "Hver byggesøker får én saksbehandler med direkte nummer fra første dag.",
      servicePromise:
        "Søker du om å bygge, får du én saksbehandler med navn og direkte telefonnummer, og svar på spørsmål innen to virkedager.",
      anchoring:
        "Løftet ble laget sammen med saksbehandlerne, og vi endret ansvarsfordelingen slik at én person følger saken hele veien.",
      realisation: "Klagene på byggesaksbehandlingen falt med 60 %, og saksbehandlingstiden gikk ned fra 9 til 5 uker.",
    },
  },
];

/** Registers an entrant and opens their mailed link, the way a real one proves the address. */
async function verifiedEntrant(person: { name: string; email: string; organisationName: string; orgNumber: string }) {
  const password = newPassword();
  const registered = await registerEntrant(db, { ...person, password, locale: "nb", client: "demo" }, now);
  if (!registered.ok) throw new Error(`Registration of ${person.email} was refused`);
  confirmEmail(db, registered.userId, registered.verification.token, now);
  logins.push({ role: "entrant", email: person.email, password });
  return registered;
}

const submittedCaseIds: number[] = [];
const demoOrganisations: { organisationId: number; adminId: string; name: string; orgNumber: string }[] = [];
for (const { texts, submit, categoryId, ...organisation } of demoCases) {
  // The first to confirm their address administers the company.
  const { userId, organisationId } = await verifiedEntrant(organisation);
  demoOrganisations.push({ organisationId, adminId: userId, ...organisation, name: organisation.organisationName });
  const actor = { id: userId, role: "entrant" as const, organisationId };
  const { id: caseId } = createCase(db, actor, { competitionId, categoryId, title: texts.title }, now);
  const edit = { version: 1, categoryId, texts };
  if (submit) {
    submitCase(db, actor, caseId, edit, now);
    submittedCaseIds.push(caseId);
  } else saveCaseDraft(db, actor, caseId, edit, now);
}

// Colleagues join by approval: one approved by the first company's administrator, and one request
// still waiting at the second company, to show on its members page and the chair's list.
const [firstCompany, secondCompany] = demoOrganisations as [
  (typeof demoOrganisations)[number],
  (typeof demoOrganisations)[number],
];
const colleague = await verifiedEntrant({
  name: "Lise Kollega",
  email: "lise@" + demoCases[0]!.email.split("@")[1],
  organisationName: firstCompany.name,
  orgNumber: firstCompany.orgNumber,
});
decideMembership(
  db,
  { id: firstCompany.adminId, role: "entrant", organisationId: firstCompany.organisationId },
  { organisationId: firstCompany.organisationId, userId: colleague.userId, decision: "approve" },
  now,
);
await verifiedEntrant({
  name: "Ola Venter",
  email: "ola.venter@example.com",
  organisationName: secondCompany.name,
  orgNumber: secondCompany.orgNumber,
});

// Jurors join the way real ones do, through an invitation. Kari works at Fjordlys, so the automatic
// assignment keeps her off their case.
const demoJurors = [
  { name: "Kari Lunde", email: "kari@fjordlys-demo.no" },
  { name: "Erik Moen", email: "erik.moen@jury-demo.no" },
  { name: "Hanne Solberg", email: "hanne.solberg@jury-demo.no" },
  { name: "Tor Aasen", email: "tor.aasen@jury-demo.no" },
];
const jurorIds: string[] = [];
for (const juror of demoJurors) {
  const password = newPassword();
  const { token } = inviteJuror(db, chairId, juror.email, now);
  // A juror's id orders the automatic assignment (a hash of juror and case), so it comes from the seed.
  const userId = seededUuid(random);
  jurorIds.push(
    acceptInvitation(db, token, { name: juror.name, passwordHash: await hashPassword(password), userId }, now).userId,
  );
  logins.push({ role: "juror", email: juror.email, password });
}

applyCompetitionAssignment(
  db,
  chairId,
  competitionId,
  planFingerprint(planCompetitionAssignment(db, competitionId)),
  now,
);

// By default a mix of progress: the first juror is done, the next half-way with drafts, one declares
// a conflict on the first case they were given, and the last has not started. With --scored every
// sheet is final, ready to rank and publish.
const fullyScored = process.argv.includes("--scored");
const sheetsFor = (jurorIndex: number) =>
  fullyScored || jurorIndex === 0 ? Infinity : jurorIndex === 1 ? 2 : jurorIndex === 2 ? 1 : 0;
const CONFLICTED_JUROR = 2;
for (const [jurorIndex, jurorId] of jurorIds.entries()) {
  if (sheetsFor(jurorIndex) === 0) continue;
  let conflictDeclared = fullyScored || jurorIndex !== CONFLICTED_JUROR;
  const assigned = submittedCaseIds.filter((caseId) => {
    const declares = !conflictDeclared;
    try {
      answerConflictQuestion(
        db,
        jurorId,
        caseId,
        declares ? { conflict: true, reason: "Jeg sitter i styret i selskapet." } : { conflict: false },
        now,
      );
    } catch {
      return false; // not assigned to this juror
    }
    if (declares) conflictDeclared = true;
    return !declares;
  });
  for (const [order, caseId] of assigned.slice(0, sheetsFor(jurorIndex)).entries()) {
    // Scores cluster in the upper half of the scale, as a real jury's do.
    const score = () => randomInt(random, 4, 9);
    const finalise = fullyScored || jurorIndex === 0 || order === 0;
    saveScoreSheet(
      db,
      jurorId,
      caseId,
      {
        scores: { promise: score(), anchoring: score(), realisation: finalise ? score() : null },
        comments: {
          promise: "Et konkret løfte kundene merker.",
          anchoring: "Godt forankret hos de som møter kundene.",
          realisation: finalise ? "Målingene viser at løftet holdes over tid." : "",
          overall: finalise ? "En solid sak." : "",
        },
      },
      finalise,
      now,
    );
  }
}

// Publishing waits for the submission deadline: a fully scored demo is one whose deadline passed
// last night, so the chair can go straight on to rank and publish.
if (fullyScored) {
  submissionDeadlineAt = osloDaysFromNow(-1, "23:59");
  db.update(competitions).set({ submissionDeadlineAt }).where(eq(competitions.id, competitionId)).run();
}

db.$client.close();
console.log(
  `Demo competition "Kundeservice Awards ${year}" created in ${env.DATABASE_PATH}: three categories, ${submittedCaseIds.length} submitted cases and one draft, ${jurorIds.length} jurors with ${fullyScored ? "every score sheet final" : "draft and final score sheets"}.`,
);
console.log(`Submission deadline: ${utcToOsloLocal(submissionDeadlineAt).replace("T", " ")} (Europe/Oslo).`);
console.log("Demo logins (random passwords, shown only now):");
for (const login of logins) console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(40)} ${login.password}`);
