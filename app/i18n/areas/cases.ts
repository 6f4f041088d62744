const nb = {
  "case.status.draft": "Utkast",
  "case.status.submitted": "Sendt inn",
  "case.status.withdrawn": "Trukket",
  "case.status.disqualified": "Diskvalifisert",

  "case.field.title": "Tittel",
  "case.field.title.hint": "Et kort navn på saken, for eksempel serviceløftet i én setning.",
  "case.field.summary": "Kort sammendrag",
  "case.field.summary.hint": "Noen få setninger juryen leser først.",
  "case.field.servicePromise": "Steg 1: Serviceløftet",
  "case.field.servicePromise.hint":
    "Hva lover dere kundene? Beskriv løftet slik kundene møter det, og hvorfor det betyr noe for dem.",
  "case.field.anchoring": "Steg 2: Forankring",
  "case.field.anchoring.hint":
    "Hvordan gjøres løftet klinkende klart for dem som svarer kundene – på telefon, i chat og i butikk? Hvilke grenser har løftet, og hvordan sier dere dem?",
  "case.field.realisation": "Steg 3: Realisering",
  "case.field.realisation.hint":
    "Hvordan holder dere løftet i praksis før, under og etter kjøpet? Fortell om kultur, rutiner og opplæring, og vis resultater: kundeundersøkelser, mystery shopping, NPS eller tilfredshetstall.",
  "case.field.category": "Kategori",
  "case.field.tooLong": "Teksten er for lang. Kort den ned til grensen som står under feltet.",
  "case.field.requiredToSubmit": "Fyll ut feltet før du sender inn saken.",
  "case.charCount": "{count} av {max} tegn",
  "case.charCountOver": "{count} av {max} tegn – {over} for mye",
  "case.category.invalid": "Velg en av kategoriene i listen.",

  "case.list.title": "Saker",
  "case.list.empty": "Bedriften har ingen saker ennå.",
  "case.list.new": "Skriv en ny sak",
  "case.list.untitled": "(uten tittel)",
  "case.list.updated": "Sist endret {time}",
  "case.list.submitted": "Sendt inn {time}",
  "case.list.organisationProfile": "Bedriftsprofil",

  "case.new.title": "Ny sak",
  "case.new.intro":
    "Velg kategori og gi saken en foreløpig tittel. Du kan endre begge senere, og skrive saken over flere dager.",
  "case.new.submit": "Opprett utkast",

  "case.edit.heading": "Sak {reference}",
  "case.edit.deadline": "Frist for innsending: {deadline}.",
  "case.edit.saveDraft": "Lagre utkast",
  "case.edit.submit": "Send inn saken",
  "case.edit.submitHint": "Alle feltene må være fylt ut. Du kan åpne saken igjen og endre den fram til fristen.",
  "case.edit.savedAt": "Lagret {time}",
  "case.edit.saving": "Lagrer …",
  "case.edit.unsaved": "Ikke lagret ennå",
  "case.edit.saveFailed":
    "Kunne ikke lagre. Teksten din ligger trygt i nettleseren og blir lagret når du prøver igjen.",
  "case.edit.localBackupNote":
    "Mens du skriver, tar nettleseren også vare på teksten, slik at den ikke går tapt om økten utløper eller nettet faller ut.",
  "case.edit.restoreFound": "Vi fant tekst du skrev {time} som ikke ble lagret.",
  "case.edit.restore": "Hent tilbake teksten",
  "case.edit.discard": "Forkast den",
  "case.edit.readOnlySubmitted":
    "Saken er sendt inn {time}. For å endre den må du åpne den igjen, og så sende den inn på nytt før fristen.",
  "case.edit.reopen": "Åpne saken for endringer",
  "case.edit.withdraw": "Trekk saken",
  "case.edit.withdrawConfirm": "Saken trekkes fra konkurransen. Du kan angre fram til fristen.",
  "case.edit.restoreWithdrawn": "Angre tilbaketrekkingen",
  "case.edit.withdrawn": "Saken er trukket fra konkurransen.",
  "case.edit.disqualified": "Saken er diskvalifisert av juryleder. Begrunnelse: {reason}",
  "case.edit.locked": "Fristen gikk ut {deadline}. Saken kan ikke lenger endres.",
  "case.edit.receiptLink": "Se kvitteringen",
  "case.edit.refusedTexts": "Teksten du sendte ble ikke lagret. Den står her så du kan kopiere den:",

  "case.conflict":
    "En annen person i bedriften lagret saken mens du skrev. Teksten din er ikke lagret, men den står fortsatt i skjemaet. Sammenlign med den lagrede versjonen under før du lagrer.",
  "case.conflict.theirs": "Den lagrede versjonen ({time}, {name})",
  "case.conflict.keepMine": "Lagre min tekst over den lagrede versjonen",

  "case.refused.deadlinePassed": "Fristen for innsending har gått ut. Saken kan ikke endres.",
  "case.refused.notOpenYet":
    "Innsendingen har ikke åpnet ennå. Du kan skrive og lagre utkast, og sende inn når den åpner.",
  "case.refused.notAllowed":
    "Dette kan ikke gjøres med saken slik den står nå. Last siden på nytt for å se gjeldende status.",

  "receipt.title": "Kvittering",
  "receipt.thanks": "Takk! Saken er sendt inn.",
  "receipt.reference": "Referansenummer",
  "receipt.submittedAt": "Sendt inn",
  "receipt.case": "Sak",
  "receipt.category": "Kategori",
  "receipt.organisation": "Bedrift",
  "receipt.editNote": "Du kan åpne saken og endre den fram til {deadline}. Da må du sende den inn på nytt.",
  "receipt.back": "Tilbake til saken",

  "attachment.title": "Vedlegg",
  "attachment.intro":
    "PDF, PNG eller JPEG, høyst 10 MB per fil og 5 filer per sak. For eksempel kundeundersøkelser eller målinger.",
  "attachment.file": "Velg fil",
  "attachment.upload": "Last opp",
  "attachment.remove": "Fjern {name}",
  "attachment.none": "Ingen vedlegg ennå.",
  "attachment.tooLarge": "Filen er større enn 10 MB. Komprimer den eller del den opp.",
  "attachment.wrongType": "Filen er ikke en PDF, PNG eller JPEG. Vi sjekker innholdet i filen, ikke bare navnet.",
  "attachment.tooMany": "Saken har allerede 5 vedlegg. Fjern ett før du laster opp et nytt.",
  "attachment.empty": "Filen er tom.",
  "attachment.missing": "Velg en fil å laste opp.",

  "organisation.title": "Bedriftsprofil",
  "organisation.name": "Bedriftens navn",
  "organisation.orgNumber": "Organisasjonsnummer",
  "organisation.orgNumberFixed": "Organisasjonsnummeret kan ikke endres. Ta kontakt med juryleder om det er feil.",
  "organisation.address": "Adresse",
  "organisation.contactName": "Kontaktperson",
  "organisation.contactEmail": "Kontaktpersonens e-post",
  "organisation.emailDomain": "E-postdomene",
  "organisation.emailDomainHint":
    "Kolleger med e-post på dette domenet kan registrere seg og bli med i bedriften, for eksempel bedrift.no.",
  "organisation.emailDomain.invalid":
    "Skriv et domene som bedrift.no, uten @ og uten gratis e-posttjenester som gmail.com.",
  "organisation.save": "Lagre profilen",
  "organisation.saved": "Profilen er lagret.",

  "chairCases.title": "Saker",
  "chairCases.competition": "Konkurranse",
  "chairCases.category": "Kategori",
  "chairCases.status": "Status",
  "chairCases.all": "Alle",
  "chairCases.filter": "Vis",
  "chairCases.organisation": "Bedrift",
  "chairCases.caseTitle": "Sak",
  "chairCases.submittedAt": "Sendt inn",
  "chairCases.none": "Ingen saker passer filteret.",
  "chairCases.noCompetition": "Det finnes ingen konkurranse ennå.",
  "chairCases.count": "{count} saker",
  "chairCases.disqualify": "Diskvalifiser saken",
  "chairCases.disqualifyReason": "Begrunnelse",
  "chairCases.disqualifyReasonHint": "Begrunnelsen lagres i loggen og vises for bedriften.",
} as const;

const en: Record<keyof typeof nb, string> = {
  "case.status.draft": "Draft",
  "case.status.submitted": "Submitted",
  "case.status.withdrawn": "Withdrawn",
  "case.status.disqualified": "Disqualified",

  "case.field.title": "Title",
  "case.field.title.hint": "A short name for the case, for example the service promise in one sentence.",
  "case.field.summary": "Short summary",
  "case.field.summary.hint": "A few sentences the jury reads first.",
  "case.field.servicePromise": "Step 1: The service promise",
  "case.field.servicePromise.hint":
    "What do you promise your customers? Describe the promise as customers meet it, and why it matters to them.",
  "case.field.anchoring": "Step 2: Anchoring",
  "case.field.anchoring.hint":
    "How is the promise made crystal clear to the people who answer customers — on the phone, in chat and in store? What limits does it have, and how do you state them?",
  "case.field.realisation": "Step 3: Delivery",
  "case.field.realisation.hint":
    "How do you keep the promise in practice before, during and after the purchase? Tell about culture, routines and training, and show results: customer surveys, mystery shopping, NPS or satisfaction figures.",
  "case.field.category": "Category",
  "case.field.tooLong": "The text is too long. Shorten it to the limit shown below the field.",
  "case.field.requiredToSubmit": "Fill in this field before submitting the case.",
  "case.charCount": "{count} of {max} characters",
  "case.charCountOver": "{count} of {max} characters – {over} too many",
  "case.category.invalid": "Choose one of the categories in the list.",

  "case.list.title": "Cases",
  "case.list.empty": "Your company has no cases yet.",
  "case.list.new": "Write a new case",
  "case.list.untitled": "(untitled)",
  "case.list.updated": "Last changed {time}",
  "case.list.submitted": "Submitted {time}",
  "case.list.organisationProfile": "Company profile",

  "case.new.title": "New case",
  "case.new.intro":
    "Choose a category and give the case a working title. You can change both later and write the case over several days.",
  "case.new.submit": "Create draft",

  "case.edit.heading": "Case {reference}",
  "case.edit.deadline": "Submission deadline: {deadline}.",
  "case.edit.saveDraft": "Save draft",
  "case.edit.submit": "Submit the case",
  "case.edit.submitHint": "All fields must be filled in. You can reopen the case and change it until the deadline.",
  "case.edit.savedAt": "Saved {time}",
  "case.edit.saving": "Saving …",
  "case.edit.unsaved": "Not saved yet",
  "case.edit.saveFailed": "Could not save. Your text is kept safe in the browser and will be saved when you try again.",
  "case.edit.localBackupNote":
    "While you write, the browser also keeps your text, so it is not lost if your session expires or the network drops.",
  "case.edit.restoreFound": "We found text you wrote at {time} that was not saved.",
  "case.edit.restore": "Bring the text back",
  "case.edit.discard": "Discard it",
  "case.edit.readOnlySubmitted":
    "The case was submitted {time}. To change it, reopen it and submit it again before the deadline.",
  "case.edit.reopen": "Reopen the case for changes",
  "case.edit.withdraw": "Withdraw the case",
  "case.edit.withdrawConfirm": "The case is withdrawn from the competition. You can undo this until the deadline.",
  "case.edit.restoreWithdrawn": "Undo the withdrawal",
  "case.edit.withdrawn": "The case has been withdrawn from the competition.",
  "case.edit.disqualified": "The case was disqualified by the jury chair. Reason: {reason}",
  "case.edit.locked": "The deadline passed {deadline}. The case can no longer be changed.",
  "case.edit.receiptLink": "See the receipt",
  "case.edit.refusedTexts": "The text you sent was not saved. It is shown here so you can copy it:",

  "case.conflict":
    "Someone else at your company saved the case while you were writing. Your text is not saved, but it is still in the form. Compare it with the saved version below before saving.",
  "case.conflict.theirs": "The saved version ({time}, {name})",
  "case.conflict.keepMine": "Save my text over the saved version",

  "case.refused.deadlinePassed": "The submission deadline has passed. The case cannot be changed.",
  "case.refused.notOpenYet":
    "Submissions have not opened yet. You can write and save drafts, and submit when they open.",
  "case.refused.notAllowed":
    "This cannot be done with the case as it stands. Reload the page to see its current status.",

  "receipt.title": "Receipt",
  "receipt.thanks": "Thank you! The case has been submitted.",
  "receipt.reference": "Reference number",
  "receipt.submittedAt": "Submitted",
  "receipt.case": "Case",
  "receipt.category": "Category",
  "receipt.organisation": "Company",
  "receipt.editNote": "You can reopen the case and change it until {deadline}. You must then submit it again.",
  "receipt.back": "Back to the case",

  "attachment.title": "Attachments",
  "attachment.intro":
    "PDF, PNG or JPEG, at most 10 MB per file and 5 files per case. For example customer surveys or measurements.",
  "attachment.file": "Choose a file",
  "attachment.upload": "Upload",
  "attachment.remove": "Remove {name}",
  "attachment.none": "No attachments yet.",
  "attachment.tooLarge": "The file is larger than 10 MB. Compress it or split it up.",
  "attachment.wrongType": "The file is not a PDF, PNG or JPEG. We check the file's content, not just its name.",
  "attachment.tooMany": "The case already has 5 attachments. Remove one before uploading another.",
  "attachment.empty": "The file is empty.",
  "attachment.missing": "Choose a file to upload.",

  "organisation.title": "Company profile",
  "organisation.name": "Company name",
  "organisation.orgNumber": "Organisation number",
  "organisation.orgNumberFixed": "The organisation number cannot be changed. Contact the jury chair if it is wrong.",
  "organisation.address": "Address",
  "organisation.contactName": "Contact person",
  "organisation.contactEmail": "Contact person's e-mail",
  "organisation.emailDomain": "E-mail domain",
  "organisation.emailDomainHint":
    "Colleagues with an e-mail on this domain can register and join the company, for example company.no.",
  "organisation.emailDomain.invalid":
    "Enter a domain such as company.no, without @ and not a free e-mail service such as gmail.com.",
  "organisation.save": "Save the profile",
  "organisation.saved": "The profile has been saved.",

  "chairCases.title": "Cases",
  "chairCases.competition": "Competition",
  "chairCases.category": "Category",
  "chairCases.status": "Status",
  "chairCases.all": "All",
  "chairCases.filter": "Show",
  "chairCases.organisation": "Company",
  "chairCases.caseTitle": "Case",
  "chairCases.submittedAt": "Submitted",
  "chairCases.none": "No cases match the filter.",
  "chairCases.noCompetition": "There is no competition yet.",
  "chairCases.count": "{count} cases",
  "chairCases.disqualify": "Disqualify the case",
  "chairCases.disqualifyReason": "Reason",
  "chairCases.disqualifyReasonHint": "The reason is kept in the log and shown to the company.",
};

export const caseMessages = { nb, en };
