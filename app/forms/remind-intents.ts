import type { ScoringRound } from "#app/domain/jury-states.ts";

// Apart from jury-overview-forms.ts, so the reminder buttons name their intents without Zod coming
// to the browser with the page's schema.

/** The reminder button of each round, and the intent it posts. */
export const REMIND_INTENTS = { main: "remind", final: "remind-final" } as const satisfies Record<ScoringRound, string>;
