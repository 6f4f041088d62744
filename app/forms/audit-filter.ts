import { z } from "zod";

// The audit log's filters come in the address (GET), so a link to a filtered page can be shared.
// A value that makes no sense is dropped, like an empty field, rather than refused: the chair
// still gets the log, unfiltered by it.
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => value || undefined, schema.optional()).catch(undefined);

const auditFilterSchema = z.object({
  caseId: optional(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
  userId: optional(z.string().max(100)),
  action: optional(z.string().max(100)),
  page: optional(z.coerce.number().int().positive().max(1_000_000)),
});

export type AuditFilterParams = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(params: URLSearchParams): AuditFilterParams {
  return auditFilterSchema.parse({
    caseId: params.get("case"),
    userId: params.get("user"),
    action: params.get("action"),
    page: params.get("page"),
  });
}
