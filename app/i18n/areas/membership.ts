// Verified addresses, company membership by approval and the chair's organisation list.
const nb = {
  "verify.title": "Sjekk e-posten din",
  "verify.intro":
    "Vi har sendt en lenke til {email}. Åpne den for å bekrefte at adressen er din. Før det kan kontoen ikke brukes til noe annet. Lenken gjelder i ett døgn; finner du den ikke, se i søppelposten.",
  "verify.resend": "Send lenken på nytt",
  "verify.resent": "Vi har sendt en ny lenke til {email}. Bare den nyeste lenken virker.",
  "verify.correct.title": "Feil adresse?",
  "verify.correct.intro":
    "Skriv riktig adresse, så sender vi lenken dit. Lenken til den gamle adressen slutter å virke.",
  "verify.correct.submit": "Bytt adresse og send lenke",
  "verify.limited": "Du har bedt om mange lenker på kort tid. Vent {minutes} minutter før du prøver igjen.",
  "verify.mailFailed": "E-posten kunne ikke sendes akkurat nå. Prøv «Send lenken på nytt» om litt.",
  "verify.alreadyVerified": "Adressen er allerede bekreftet.",
  "verify.linkTitle": "Lenken kan ikke brukes",
  "verify.link.unknown":
    "Denne lenken hører ikke til kontoen du er logget inn med, eller den er erstattet av en nyere. Bruk den nyeste e-posten, eller be om en ny lenke.",
  "verify.link.used": "Lenken er allerede brukt.",
  "verify.link.expired": "Lenken er utløpt – den gjelder i ett døgn. Be om en ny lenke.",
  "verify.link.askAgain": "Til siden der du kan be om en ny lenke",
  "verify.done": "Adressen er bekreftet.",

  "register.joinNote":
    "Er bedriften allerede registrert, blir du med når en av bedriftens administratorer har godkjent deg. Den første som bekrefter e-postadressen sin, blir bedriftens administrator.",
  "register.limited":
    "Det er registrert mange kontoer herfra på kort tid. Vent {minutes} minutter før du prøver igjen.",
  "register.lookupHint": "Navnet hentes fra Enhetsregisteret i Brønnøysundregistrene.",
  "register.lookup.unknown": "Organisasjonsnummeret finnes ikke i Enhetsregisteret.",
  "register.lookup.deleted": "Organisasjonsnummeret er slettet i Enhetsregisteret.",
  "register.lookup.unavailable":
    "Vi får ikke kontakt med Enhetsregisteret akkurat nå. Prøv igjen om litt – det du har skrevet, er tatt vare på.",

  "pending.title": "Venter på godkjenning",
  "pending.body":
    "Du har bedt om å bli med i {organisation} (org.nr. {orgNumber}). Bedriftens administratorer har fått beskjed. Når en av dem – eller juryleder – har godkjent deg, ser du bedriftens saker her.",
  "pending.nothingYet": "Til da har du ikke tilgang til bedriftens saker eller profil.",

  "members.title": "Medlemmer",
  "members.link": "Medlemmer og forespørsler",
  "members.intro": "Her godkjenner du kolleger som vil bli med, og bestemmer hvem som er administratorer.",
  "members.name": "Navn",
  "members.email": "E-post",
  "members.status": "Status",
  "members.actions": "Handlinger",
  "members.status.pending": "Venter på godkjenning",
  "members.status.member": "Medlem",
  "members.status.admin": "Administrator",
  "members.status.unverified": "Adressen ikke bekreftet",
  "members.you": "(deg)",
  "members.approve": "Godkjenn",
  "members.refuse": "Avslå",
  "members.remove": "Fjern",
  "members.leave": "Forlat bedriften",
  "members.makeAdmin": "Gjør til administrator",
  "members.stepDown": "Gå av som administrator",
  "members.done.approve": "Medlemmet er godkjent.",
  "members.done.refuse": "Forespørselen er avslått, og kontoen er lukket.",
  "members.done.remove": "Medlemmet er fjernet, og kontoen er lukket.",
  "members.done.make-admin": "Medlemmet er nå administrator.",
  "members.done.step-down": "Administratoren er nå vanlig medlem.",
  "members.notPending": "Denne personen venter ikke på godkjenning.",
  "members.refuseInstead": "En forespørsel avslås; den fjernes ikke.",
  "members.notMember": "Bare godkjente medlemmer kan bli administratorer.",
  "members.notAdmin": "Personen er ikke administrator.",
  "members.lastAdmin":
    "Bedriften må ha minst én administrator. Gjør en annen til administrator først, eller kontakt juryleder.",
  "members.onlyAdmins": "Bare administratorer kan godkjenne, avslå og fjerne medlemmer.",
  "members.badRequest": "Handlingen ble ikke forstått. Last siden på nytt og prøv igjen.",

  "organisations.title": "Bedrifter",
  "organisations.intro":
    "Alle registrerte bedrifter. Bedrifter med forespørsler som venter kommer først. Åpne en bedrift for å godkjenne, fjerne eller overlate den til rett administrator.",
  "organisations.filter": "Søk på navn eller organisasjonsnummer",
  "organisations.filterSubmit": "Søk",
  "organisations.name": "Bedrift",
  "organisations.orgNumber": "Org.nr.",
  "organisations.admins": "Administratorer",
  "organisations.members": "Medlemmer",
  "organisations.pending": "Venter",
  "organisations.unverified": "Ubekreftet",
  "organisations.created": "Registrert",
  "organisations.empty": "Ingen bedrifter passer søket.",
  "organisations.sortBy": "Sorter etter {column}",
  "handOver.title": "Overlat bedriften til rett administrator",
  "handOver.intro":
    "Brukes når noen uten rett har tatt kontroll over bedriften. Velg et medlem, eller skriv adressen til den som skal ha den; de nåværende administratorene blir vanlige medlemmer eller fjernes.",
  "handOver.member": "Eksisterende konto",
  "handOver.memberNone": "– ingen, bruk ny adresse –",
  "handOver.email": "Ny administrators e-post",
  "handOver.name": "Ny administrators navn",
  "handOver.previous": "De nåværende administratorene",
  "handOver.previous.demote": "blir vanlige medlemmer",
  "handOver.previous.remove": "fjernes, og kontoene lukkes",
  "handOver.reason": "Begrunnelse (lagres i loggen)",
  "handOver.submit": "Overlat bedriften",
  "handOver.done": "Bedriften er overlatt til den nye administratoren.",
  "handOver.chooseOne": "Velg en eksisterende konto eller skriv en ny adresse – ikke begge.",
  "handOver.unknownMember": "Kontoen hører ikke til denne bedriften.",

  "mail.action.verify": "Bekreft adressen",
  "mail.action.members": "Se forespørselen",
  "mail.action.entrant": "Gå til Min side",
  "mail.verify.subject": "Bekreft e-postadressen din for Kundeservice Awards",
  "mail.verify.body":
    "Hei {name}!\n\nNoen – forhåpentlig du – har opprettet en konto i Kundeservice Awards med denne adressen. Logg inn og åpne lenken for å bekrefte at adressen er din:\n\n{link}\n\nLenken kan brukes én gang og gjelder til {expires}. Har du ikke opprettet en konto, kan du se bort fra e-posten; uten bekreftelse gir kontoen ingen tilgang.\n\nVennlig hilsen\nKundeservice Awards",
  "mail.joinRequest.subject": "{newcomer} vil bli med i {organisation}",
  "mail.joinRequest.body":
    "Hei {name}!\n\n{newcomer} ({newcomerEmail}) har registrert seg med organisasjonsnummeret til {organisation} og ber om å bli med. Før du godkjenner, får vedkommende ikke se bedriftens saker.\n\nGodkjenn eller avslå her:\n\n{link}\n\nKjenner du ikke personen, avslår du forespørselen.\n\nVennlig hilsen\nKundeservice Awards",
  "mail.approved.subject": "Du er godkjent som medlem av {organisation}",
  "mail.approved.body":
    "Hei {name}!\n\nDu er godkjent som medlem av {organisation} i Kundeservice Awards, og ser nå bedriftens saker:\n\n{link}\n\nVennlig hilsen\nKundeservice Awards",
  "mail.handOver.subject": "Du er administrator for {organisation}",
  "mail.handOver.body":
    "Hei {name}!\n\nJuryleder i Kundeservice Awards har gjort deg til administrator for {organisation}. Velg et passord for kontoen {email} her («Glemt passord?»), og bekreft så adressen din når du logger inn:\n\n{link}\n\nVennlig hilsen\nKundeservice Awards",
} as const;

const en = {
  "verify.title": "Check your e-mail",
  "verify.intro":
    "We have sent a link to {email}. Open it to confirm that the address is yours. Until then the account cannot be used for anything else. The link is valid for a day; if you cannot find it, look in your spam folder.",
  "verify.resend": "Send the link again",
  "verify.resent": "We have sent a new link to {email}. Only the newest link works.",
  "verify.correct.title": "Wrong address?",
  "verify.correct.intro":
    "Type the right address and we will send the link there. The link to the old address stops working.",
  "verify.correct.submit": "Change the address and send a link",
  "verify.limited": "You have asked for many links in a short time. Wait {minutes} minutes before trying again.",
  "verify.mailFailed": "The e-mail could not be sent just now. Try “Send the link again” in a little while.",
  "verify.alreadyVerified": "The address is already confirmed.",
  "verify.linkTitle": "The link cannot be used",
  "verify.link.unknown":
    "This link does not belong to the account you are logged in with, or a newer one has replaced it. Use the newest e-mail, or ask for a new link.",
  "verify.link.used": "The link has already been used.",
  "verify.link.expired": "The link has expired – it is valid for a day. Ask for a new link.",
  "verify.link.askAgain": "To the page where you can ask for a new link",
  "verify.done": "Your address is confirmed.",

  "register.joinNote":
    "If the company is already registered, you join once one of its administrators has approved you. The first person to confirm their e-mail address becomes the company's administrator.",
  "register.limited":
    "Many accounts have been registered from here in a short time. Wait {minutes} minutes before trying again.",
  "register.lookupHint": "The name is taken from the Central Coordinating Register for Legal Entities (Brønnøysund).",
  "register.lookup.unknown":
    "The organisation number does not exist in the Central Coordinating Register for Legal Entities.",
  "register.lookup.deleted":
    "The organisation number has been deleted from the Central Coordinating Register for Legal Entities.",
  "register.lookup.unavailable":
    "We cannot reach the Brønnøysund register just now. Try again in a little while – what you typed has been kept.",

  "pending.title": "Waiting for approval",
  "pending.body":
    "You have asked to join {organisation} (org. no. {orgNumber}). The company's administrators have been told. When one of them – or the jury chair – has approved you, you will see the company's cases here.",
  "pending.nothingYet": "Until then you have no access to the company's cases or profile.",

  "members.title": "Members",
  "members.link": "Members and requests",
  "members.intro": "Approve colleagues who want to join, and decide who the administrators are.",
  "members.name": "Name",
  "members.email": "E-mail",
  "members.status": "Status",
  "members.actions": "Actions",
  "members.status.pending": "Waiting for approval",
  "members.status.member": "Member",
  "members.status.admin": "Administrator",
  "members.status.unverified": "Address not confirmed",
  "members.you": "(you)",
  "members.approve": "Approve",
  "members.refuse": "Refuse",
  "members.remove": "Remove",
  "members.leave": "Leave the company",
  "members.makeAdmin": "Make administrator",
  "members.stepDown": "Step down as administrator",
  "members.done.approve": "The member has been approved.",
  "members.done.refuse": "The request has been refused and the account closed.",
  "members.done.remove": "The member has been removed and the account closed.",
  "members.done.make-admin": "The member is now an administrator.",
  "members.done.step-down": "The administrator is now an ordinary member.",
  "members.notPending": "This person is not waiting for approval.",
  "members.refuseInstead": "A request is refused, not removed.",
  "members.notMember": "Only approved members can become administrators.",
  "members.notAdmin": "This person is not an administrator.",
  "members.lastAdmin":
    "The company must keep at least one administrator. Make someone else an administrator first, or contact the jury chair.",
  "members.onlyAdmins": "Only administrators can approve, refuse and remove members.",
  "members.badRequest": "The action was not understood. Reload the page and try again.",

  "organisations.title": "Companies",
  "organisations.intro":
    "Every registered company. Companies with requests waiting come first. Open a company to approve, remove or hand it to its rightful administrator.",
  "organisations.filter": "Search by name or organisation number",
  "organisations.filterSubmit": "Search",
  "organisations.name": "Company",
  "organisations.orgNumber": "Org. no.",
  "organisations.admins": "Administrators",
  "organisations.members": "Members",
  "organisations.pending": "Waiting",
  "organisations.unverified": "Unconfirmed",
  "organisations.created": "Registered",
  "organisations.empty": "No company matches the search.",
  "organisations.sortBy": "Sort by {column}",
  "handOver.title": "Hand the company to its rightful administrator",
  "handOver.intro":
    "For when someone without the right has taken control of the company. Choose a member, or type the address of the person who should have it; the current administrators become ordinary members or are removed.",
  "handOver.member": "Existing account",
  "handOver.memberNone": "– none, use a new address –",
  "handOver.email": "New administrator's e-mail",
  "handOver.name": "New administrator's name",
  "handOver.previous": "The current administrators",
  "handOver.previous.demote": "become ordinary members",
  "handOver.previous.remove": "are removed, their accounts closed",
  "handOver.reason": "Reason (kept in the log)",
  "handOver.submit": "Hand over the company",
  "handOver.done": "The company has been handed to its new administrator.",
  "handOver.chooseOne": "Choose an existing account or type a new address – not both.",
  "handOver.unknownMember": "The account does not belong to this company.",

  "mail.action.verify": "Confirm the address",
  "mail.action.members": "See the request",
  "mail.action.entrant": "Go to My page",
  "mail.verify.subject": "Confirm your e-mail address for Kundeservice Awards",
  "mail.verify.body":
    "Hello {name}!\n\nSomeone – hopefully you – has created an account at Kundeservice Awards with this address. Log in and open the link to confirm that the address is yours:\n\n{link}\n\nThe link works once and is valid until {expires}. If you did not create an account, ignore this e-mail; without confirmation the account gives no access.\n\nKind regards\nKundeservice Awards",
  "mail.joinRequest.subject": "{newcomer} wants to join {organisation}",
  "mail.joinRequest.body":
    "Hello {name}!\n\n{newcomer} ({newcomerEmail}) has registered with the organisation number of {organisation} and asks to join. Until you approve, they cannot see the company's cases.\n\nApprove or refuse here:\n\n{link}\n\nIf you do not know this person, refuse the request.\n\nKind regards\nKundeservice Awards",
  "mail.approved.subject": "You are approved as a member of {organisation}",
  "mail.approved.body":
    "Hello {name}!\n\nYou are approved as a member of {organisation} at Kundeservice Awards and can now see the company's cases:\n\n{link}\n\nKind regards\nKundeservice Awards",
  "mail.handOver.subject": "You are the administrator of {organisation}",
  "mail.handOver.body":
    "Hello {name}!\n\nThe jury chair of Kundeservice Awards has made you the administrator of {organisation}. Choose a password for the account {email} here (“Forgot password?”), then confirm your address when you log in:\n\n{link}\n\nKind regards\nKundeservice Awards",
} satisfies Record<keyof typeof nb, string>;

export const membershipMessages = { nb, en };
