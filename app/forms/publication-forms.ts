import { z } from "zod";
import { MAX_FINALISTS } from "#app/domain/publication.ts";

/** Preparing a stage; the jury's reasoning per category comes as `reasoning-<categoryId>` fields. */
export const preparePublicationSchema = z.object({
  finalistCount: z.coerce.number().int().min(1).max(MAX_FINALISTS).optional(),
  overrideReason: z.string().trim().max(2000).optional(),
});

export const REASONING_MAX_LENGTH = 4000;

export function reasoningsFromForm(formData: FormData): Record<number, string> {
  return Object.fromEntries(
    [...formData]
      .filter(([key]) => key.startsWith("reasoning-"))
      .map(([key, value]) => [Number(key.slice("reasoning-".length)), String(value).slice(0, REASONING_MAX_LENGTH)]),
  );
}
