// Personal data on the profile (export and deletion) and the parts of mails that are not one
// catalogue text: button labels and the submission receipt.
const nb = {
  "mail.action.invitation": "Opprett jurykontoen",
  "mail.action.jury": "Gå til juryoppgavene",
  "mail.action.passwordReset": "Velg nytt passord",
  "mail.receipt.subject": "Kvittering: {reference} er sendt inn",
  "mail.receipt.greeting": "Hei {name}!",
  "mail.receipt.intro": "Saken «{title}» er sendt inn til Kundeservice Awards. Dette er kvitteringen:",
  "mail.receipt.submittedBy": "Sendt inn av",
  "mail.receipt.attachments": "Vedlegg",
  "mail.receipt.noAttachments": "Ingen vedlegg",
  "mail.receipt.editNote":
    "Saken kan åpnes og endres fram til {deadline}. Den må da sendes inn på nytt; det er den sist innsendte versjonen juryen vurderer.",
  "mail.receipt.action": "Se saken",
  "mail.receipt.signoff": "Vennlig hilsen Kundeservice Awards",

  "profile.data": "Dine data",
  "profile.data.intro":
    "Last ned alt portalen har lagret om deg som en JSON-fil: kontoen, bedriften, sakene du har tilgang til med vedleggsliste, vurderingene du har skrevet, logglinjer om deg og innloggingene dine.",
  "profile.data.download": "Last ned dataene mine (JSON)",
  "profile.delete": "Slett kontoen",
  "profile.delete.intro":
    "Du kan slette kontoen din. Navnet og e-postadressen fjernes, og du kan ikke logge inn igjen. Det du har skrevet, blir stående uten navnet ditt.",
  "profile.delete.link": "Gå til sletting av kontoen",

  "deletion.title": "Slett kontoen",
  "deletion.what":
    "Når kontoen slettes, logges du ut på alle enheter, navnet og e-postadressen din fjernes, og passordet slutter å virke. Det du har skrevet – saker, vedlegg og vurderinger – blir stående for bedriften og juryen, uten navnet ditt. Adressen kan senere brukes til å registrere en ny konto.",
  "deletion.what.juror":
    "Vurderingene dine blir stående i resultatene, og der navnet ditt ble vist, står det i stedet «Jurymedlem» og et nummer.",
  "deletion.download": "Vil du ha en kopi av dataene dine først?",
  "deletion.confirm": "Jeg forstår at kontoen slettes for godt og ikke kan gjenopprettes.",
  "deletion.confirm.required": "Kryss av for å bekrefte at du vil slette kontoen.",
  "deletion.submit": "Slett kontoen for godt",
  "deletion.cancel": "Tilbake til profilen",
  "deletion.refused": "Kontoen kan ikke slettes nå",
  "deletion.refused.lastAdmin":
    "Du er den eneste administratoren for {organisation}, og bedriften har en innsendt sak i en konkurranse der vinnerne ikke er kåret ennå. Bedriften trenger en administrator til konkurransen er avsluttet: gjør en kollega til administrator først, eller vent til vinnerne er offentliggjort.",
  "deletion.refused.jurorUnpublished":
    "Du er jurymedlem i {competition}, og vinnerne er ikke offentliggjort ennå. Vurderingene dine er en del av resultatet, så kontoen kan slettes når vinnerne er offentliggjort.",
  "deletion.refused.onlyChair":
    "Du er den eneste jurylederen. Portalen trenger en juryleder, så kontoen kan ikke slettes før en annen juryleder finnes.",
  "deletion.done.title": "Kontoen er slettet",
  "deletion.done.text": "Du er logget ut, og kontoen er slettet. Takk for at du var med i Kundeservice Awards.",
} as const;

const en = {
  "mail.action.invitation": "Create your juror account",
  "mail.action.jury": "Go to your jury tasks",
  "mail.action.passwordReset": "Choose a new password",
  "mail.receipt.subject": "Receipt: {reference} has been submitted",
  "mail.receipt.greeting": "Hello {name}!",
  "mail.receipt.intro": "The case “{title}” has been submitted to Kundeservice Awards. This is your receipt:",
  "mail.receipt.submittedBy": "Submitted by",
  "mail.receipt.attachments": "Attachments",
  "mail.receipt.noAttachments": "No attachments",
  "mail.receipt.editNote":
    "The case can be reopened and changed until {deadline}. It must then be submitted again; the jury assesses the version submitted last.",
  "mail.receipt.action": "See the case",
  "mail.receipt.signoff": "Kind regards, Kundeservice Awards",

  "profile.data": "Your data",
  "profile.data.intro":
    "Download everything the portal holds about you as a JSON file: your account, your company, the cases you can see with their attachment lists, the score sheets you wrote, log entries about you and your sign-ins.",
  "profile.data.download": "Download my data (JSON)",
  "profile.delete": "Delete your account",
  "profile.delete.intro":
    "You can delete your account. Your name and e-mail address are removed and you can no longer log in. What you wrote stays, without your name.",
  "profile.delete.link": "Go to account deletion",

  "deletion.title": "Delete your account",
  "deletion.what":
    "Deleting the account logs you out on every device, removes your name and e-mail address, and your password stops working. What you wrote – cases, attachments and score sheets – stays for your company and the jury, without your name. The address can later be used to register a new account.",
  "deletion.what.juror":
    "Your score sheets stay part of the results, and where your name was shown, “Jurymedlem” and a number are shown instead.",
  "deletion.download": "Want a copy of your data first?",
  "deletion.confirm": "I understand that the account is deleted for good and cannot be restored.",
  "deletion.confirm.required": "Tick the box to confirm that you want to delete the account.",
  "deletion.submit": "Delete the account for good",
  "deletion.cancel": "Back to your profile",
  "deletion.refused": "The account cannot be deleted now",
  "deletion.refused.lastAdmin":
    "You are the only administrator of {organisation}, and the company has a submitted case in a competition whose winners have not been chosen yet. The company needs an administrator until the competition ends: make a colleague an administrator first, or wait until the winners are published.",
  "deletion.refused.jurorUnpublished":
    "You are a juror in {competition}, and its winners have not been published yet. Your score sheets are part of the result, so the account can be deleted once the winners are published.",
  "deletion.refused.onlyChair":
    "You are the only jury chair. The portal needs a chair, so the account cannot be deleted until there is another one.",
  "deletion.done.title": "Account deleted",
  "deletion.done.text":
    "You are logged out and the account is deleted. Thank you for taking part in Kundeservice Awards.",
} satisfies Record<keyof typeof nb, string>;

export const personalDataMessages = { nb, en };
