import { z } from "zod";

// The version history's comparison and the withdraw/restore confirmation live in the address
// (GET), so they work without JavaScript. A value that makes no sense shows the page without them.

const versionNumber = z.coerce.number().int().positive().max(1_000_000).optional().catch(undefined);

const caseVersionParams = z.object({
  from: versionNumber,
  to: versionNumber,
  confirm: z.enum(["withdraw", "restore"]).optional().catch(undefined),
});

export type CaseVersionParams = z.infer<typeof caseVersionParams>;

/** `?from&to` picks two versions to compare; `?confirm=withdraw|restore` asks before changing. */
export function parseCaseVersionParams(params: URLSearchParams): CaseVersionParams {
  return caseVersionParams.parse({
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
    confirm: params.get("confirm") ?? undefined,
  });
}
