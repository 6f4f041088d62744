// The submitted versions of a case, its working copy, withdraw/restore confirmations and the
// company's case states (ADR 0021).
const nb = {
  "caseStage.draft": "Utkast – ikke sendt inn",
  "caseStage.draftTodo": "Send inn før {deadline} for å være med i konkurransen.",
  "caseStage.draftClosed": "Fristen gikk ut uten at saken ble sendt inn. Den er ikke med i konkurransen.",
  "caseStage.submitted": "Sendt inn {time} (versjon {number})",
  "caseStage.submittedTodo": "Ingenting mer å gjøre. Saken er med i konkurransen.",
  "caseStage.reopened": "Sendt inn – endringer ikke sendt inn ennå: send inn på nytt før {deadline}",
  "caseStage.reopenedTodo": "Versjon {number}, sendt inn {time}, er med i konkurransen til du sender inn på nytt.",
  "caseStage.reopenedClosed":
    "Sendt inn {time} (versjon {number}). Endringene etter det ble ikke sendt inn før fristen og teller ikke.",
  "caseStage.withdrawn": "Trukket",
  "caseStage.withdrawnTodo": "Saken er ikke med i konkurransen. Du kan angre før {deadline}.",
  "caseStage.disqualified": "Diskvalifisert",

  "caseVersions.workingCopy":
    "Du endrer en arbeidskopi. Versjon {number}, sendt inn {time}, er fortsatt med i konkurransen og er det juryen leser. Endringene teller først når du sender inn på nytt, senest {deadline}.",
  "caseVersions.lockedWithWorkingCopy":
    "Fristen gikk ut {deadline}. Versjon {number}, sendt inn {time}, er med i konkurransen. Endringene du gjorde etter det ble ikke sendt inn.",
  "caseVersions.title": "Versjoner",
  "caseVersions.none": "Saken er ikke sendt inn ennå, så den har ingen versjoner.",
  "caseVersions.number": "Versjon",
  "caseVersions.submittedAt": "Sendt inn",
  "caseVersions.submittedBy": "Sendt inn av",
  "caseVersions.current": "(gjeldende)",
  "caseVersions.compare": "Sammenlign versjoner",
  "caseVersions.from": "Fra versjon",
  "caseVersions.to": "Til versjon",
  "caseVersions.show": "Vis endringer",
  "caseVersions.diffTitle": "Endringer fra versjon {from} til versjon {to}",
  "caseVersions.unchanged": "Ingen endringer.",
  "caseVersions.noChanges": "Ingen av tekstene er endret mellom disse versjonene.",
  "caseVersions.removed": "Fjernet:",
  "caseVersions.added": "Lagt til:",
  "caseVersions.attachments": "Vedlegg",
  "caseVersions.changedSinceScored":
    "Saken er endret siden du vurderte den: du vurderte versjon {scored}, nå gjelder versjon {current}.",
  "caseVersions.seeChanges": "Se hva som er endret",
  "caseVersions.changedBadge": "Endret siden du vurderte",
  "caseVersions.chairReopened": "åpnet for endringer",
  "caseVersions.chairWorkingCopy":
    "Bedriften har åpnet saken for endringer (ikke sendt inn ennå). Juryen leser versjon {number}.",

  "caseConfirm.withdrawTitle": "Trekke saken fra konkurransen?",
  "caseConfirm.withdrawBody":
    "Juryen ser ikke lenger saken, og den tas ut av rangeringen. Du kan angre fram til fristen {deadline}.",
  "caseConfirm.withdrawYes": "Ja, trekk saken",
  "caseConfirm.restoreTitle": "Angre tilbaketrekkingen?",
  "caseConfirm.restoreSubmitted":
    "Versjon {number}, sendt inn {time}, blir med i konkurransen igjen som innsendt. Juryen ser den igjen.",
  "caseConfirm.restoreWorkingCopy":
    "Endringer du gjorde etter versjon {number} beholdes som en arbeidskopi som ikke er sendt inn.",
  "caseConfirm.restoreDraft":
    "Saken ble aldri sendt inn, så den blir et utkast igjen. Den er ikke med i konkurransen før du sender den inn, senest {deadline}.",
  "caseConfirm.restoreYes": "Ja, angre tilbaketrekkingen",
  "caseConfirm.cancel": "Nei, gå tilbake",
  "case.category.fixedWhileSubmitted":
    "Kategorien kan ikke endres mens saken er sendt inn. Trekk saken og lag en ny i riktig kategori om den er feil.",
} as const;

const en = {
  "caseStage.draft": "Draft – not submitted",
  "caseStage.draftTodo": "Submit before {deadline} to take part in the competition.",
  "caseStage.draftClosed": "The deadline passed without the case being submitted. It is not in the competition.",
  "caseStage.submitted": "Submitted {time} (version {number})",
  "caseStage.submittedTodo": "Nothing more to do. The case is in the competition.",
  "caseStage.reopened": "Submitted – changes not submitted yet: submit again before {deadline}",
  "caseStage.reopenedTodo": "Version {number}, submitted {time}, competes until you submit again.",
  "caseStage.reopenedClosed":
    "Submitted {time} (version {number}). The changes made after it were not submitted before the deadline and do not count.",
  "caseStage.withdrawn": "Withdrawn",
  "caseStage.withdrawnTodo": "The case is not in the competition. You can undo this before {deadline}.",
  "caseStage.disqualified": "Disqualified",

  "caseVersions.workingCopy":
    "You are changing a working copy. Version {number}, submitted {time}, is still in the competition and is what the jury reads. The changes count only when you submit again, by {deadline} at the latest.",
  "caseVersions.lockedWithWorkingCopy":
    "The deadline passed {deadline}. Version {number}, submitted {time}, is in the competition. The changes you made after it were not submitted.",
  "caseVersions.title": "Versions",
  "caseVersions.none": "The case has not been submitted yet, so it has no versions.",
  "caseVersions.number": "Version",
  "caseVersions.submittedAt": "Submitted",
  "caseVersions.submittedBy": "Submitted by",
  "caseVersions.current": "(current)",
  "caseVersions.compare": "Compare versions",
  "caseVersions.from": "From version",
  "caseVersions.to": "To version",
  "caseVersions.show": "Show changes",
  "caseVersions.diffTitle": "Changes from version {from} to version {to}",
  "caseVersions.unchanged": "No changes.",
  "caseVersions.noChanges": "None of the texts changed between these versions.",
  "caseVersions.removed": "Removed:",
  "caseVersions.added": "Added:",
  "caseVersions.attachments": "Attachments",
  "caseVersions.changedSinceScored":
    "The case has changed since you scored it: you scored version {scored}, version {current} now applies.",
  "caseVersions.seeChanges": "See what changed",
  "caseVersions.changedBadge": "Changed since you scored it",
  "caseVersions.chairReopened": "reopened for changes",
  "caseVersions.chairWorkingCopy":
    "The company has reopened the case for changes (not submitted yet). The jury reads version {number}.",

  "caseConfirm.withdrawTitle": "Withdraw the case from the competition?",
  "caseConfirm.withdrawBody":
    "The jury no longer sees the case, and it leaves the ranking. You can undo this until the deadline, {deadline}.",
  "caseConfirm.withdrawYes": "Yes, withdraw the case",
  "caseConfirm.restoreTitle": "Undo the withdrawal?",
  "caseConfirm.restoreSubmitted":
    "Version {number}, submitted {time}, takes part in the competition again as submitted. The jury sees it again.",
  "caseConfirm.restoreWorkingCopy":
    "Changes you made after version {number} are kept as a working copy, not submitted.",
  "caseConfirm.restoreDraft":
    "The case was never submitted, so it becomes a draft again. It is not in the competition until you submit it, by {deadline} at the latest.",
  "caseConfirm.restoreYes": "Yes, undo the withdrawal",
  "caseConfirm.cancel": "No, go back",
  "case.category.fixedWhileSubmitted":
    "The category cannot change while the case is submitted. Withdraw the case and make a new one in the right category if it is wrong.",
} satisfies Record<keyof typeof nb, string>;

export const caseVersionMessages = { nb, en };
