import { z } from "zod";
import { RANKING_METHODS } from "#app/domain/ranking.ts";

export const rankingMethodSchema = z.object({ competitionId: z.string(), method: z.enum(RANKING_METHODS) });
