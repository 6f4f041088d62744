// The assignment plan the chair previews (titles, categories, loads per juror) and why a juror is
// not offered for a case by hand.
const nb = {
  "assignPlan.unavailable": "Kan ikke tildeles denne saken",
  "assignPlan.why.assigned": "er allerede tildelt saken",
  "assignPlan.why.conflict": "inhabil – {ground}",
  "assignPlan.why.invited": "invitert, men har ikke takket ja ennå",
  "assignPlan.title": "Tittel",
  "assignPlan.category": "Kategori",
  "assignPlan.loadsTitle": "Saker per jurymedlem",
  "assignPlan.juror": "Jurymedlem",
  "assignPlan.before": "Har fra før",
  "assignPlan.added": "Nye i planen",
  "assignPlan.total": "Til sammen",
} as const;

export const assignmentPlanMessages = {
  nb,
  en: {
    "assignPlan.unavailable": "Cannot be assigned to this case",
    "assignPlan.why.assigned": "already assigned to the case",
    "assignPlan.why.conflict": "in conflict – {ground}",
    "assignPlan.why.invited": "invited, has not accepted yet",
    "assignPlan.title": "Title",
    "assignPlan.category": "Category",
    "assignPlan.loadsTitle": "Cases per juror",
    "assignPlan.juror": "Juror",
    "assignPlan.before": "Already has",
    "assignPlan.added": "New in the plan",
    "assignPlan.total": "In total",
  } satisfies Record<keyof typeof nb, string>,
};
