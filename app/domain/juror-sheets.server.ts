import { and, desc, eq, ne } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { assignments, cases, categories, competitions, organisations, scoreSheets } from "#db/schema.ts";
import { competingTitle } from "./case-versions.server.ts";
import { caseReference } from "./cases.server.ts";
import { notFound } from "./errors.ts";
import {
  sortJurorSheets,
  totalsDistribution,
  type JurorSheetDirection,
  type JurorSheetRow,
  type JurorSheetSort,
} from "./juror-sheets.ts";
import { sheetTotal } from "./scoring.ts";
import { organisationForJuror } from "./scoring.server.ts";
import { perStep } from "./steps.ts";

const sheetScores = perStep((step) => scoreSheets[step.scoreField]);
const categoryWeights = perStep((step) => categories[step.weightField]);

/** The competitions the juror has a case in, newest first, for the page's choice between years. */
function jurorCompetitions(db: AppDatabase, jurorId: string) {
  return db
    .selectDistinct({ id: competitions.id, name: competitions.name, year: competitions.year })
    .from(assignments)
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .where(and(eq(assignments.jurorId, jurorId), ne(assignments.conflictStatus, "declared")))
    .orderBy(desc(competitions.year), desc(competitions.id))
    .all();
}

/**
 * A juror's own main-round sheets in one competition, side by side in the order asked for, and
 * their totals against the rest of the jury's final sheets, as counts only: another juror's sheet,
 * case or name never leaves here. Under blind judging no company is named. A competition the juror
 * has no case in is not found.
 */
export function jurorSheetsOverview(
  db: AppDatabase,
  jurorId: string,
  competitionId: number | null,
  order: { sort: JurorSheetSort; direction: JurorSheetDirection },
) {
  const choices = jurorCompetitions(db, jurorId);
  const competition = competitionId === null ? choices[0] : choices.find((item) => item.id === competitionId);
  if (!competition) {
    if (competitionId !== null) throw notFound();
    return null;
  }
  const settings = db
    .select({
      isBlindJudging: competitions.isBlindJudging,
      scaleMin: competitions.scaleMin,
      scaleMax: competitions.scaleMax,
    })
    .from(competitions)
    .where(eq(competitions.id, competition.id))
    .get()!;
  const inCompetition = and(
    eq(cases.competitionId, competition.id),
    eq(cases.status, "submitted"),
    eq(scoreSheets.round, "main"),
    ne(assignments.conflictStatus, "declared"),
  );
  const own: JurorSheetRow[] = db
    .select({
      caseId: cases.id,
      title: competingTitle,
      category: categories.name,
      organisation: organisations.name,
      status: scoreSheets.status,
      ...sheetScores,
      weights: categoryWeights,
    })
    .from(assignments)
    .innerJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(organisations, eq(cases.organisationId, organisations.id))
    .where(and(inCompetition, eq(assignments.jurorId, jurorId)))
    .all()
    .map((row) => {
      const scores = perStep((step) => row[step.key]);
      return {
        caseId: row.caseId,
        reference: caseReference(competition.year, row.caseId),
        title: row.title,
        category: row.category,
        organisation: organisationForJuror(settings, { name: row.organisation }),
        scores,
        total: sheetTotal(scores, row.weights),
        status: row.status,
      };
    });
  const others = db
    .select({ ...sheetScores, weights: categoryWeights })
    .from(assignments)
    .innerJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .where(and(inCompetition, ne(assignments.jurorId, jurorId), eq(scoreSheets.status, "final")))
    .all()
    .flatMap((row) => {
      const total = sheetTotal(
        perStep((step) => row[step.key]),
        row.weights,
      );
      return total === null ? [] : [total];
    });
  return {
    competition: { id: competition.id, name: competition.name, blind: settings.isBlindJudging },
    competitions: choices.map(({ id, name }) => ({ id, name })),
    sheets: sortJurorSheets(own, order.sort, order.direction),
    distribution: totalsDistribution(
      own.flatMap((row) => (row.total === null ? [] : [row.total])),
      others,
      { min: settings.scaleMin, max: settings.scaleMax },
    ),
  };
}
