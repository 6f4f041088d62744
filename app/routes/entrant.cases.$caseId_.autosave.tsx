import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs } from "@remix-run/node";
import { caseEditAnswer } from "#app/components/case/case-view.ts";
import { saveCaseDraft } from "#app/domain/cases.server.ts";
import { createCaseAutosaveSchema } from "#app/forms/case-forms.ts";
import { requireRoleUnlessSignedOut } from "#app/utils/auth.server.ts";
import { draftSaveAnswer } from "#app/utils/case-answers.server.ts";
import { db } from "#app/utils/db.server.ts";
import { answerRefusals, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

/**
 * The case editor's background save while typing, answered in JSON the editor reads itself (no
 * page of its own). A lost session answers 401 rather than the login redirect, which would take
 * the writer off the page mid-sentence; a field both colleagues changed answers 409 with the other
 * fields saved.
 */
/** Only posted to: a visit gets 405, as a route without a page should answer, not Remix's 400. */
export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}

export function action({ request, params }: ActionFunctionArgs) {
  return answerRefusals(request, "json", () => autosave(request, params.caseId));
}

async function autosave(request: Request, caseParam: string | undefined) {
  const user = await requireRoleUnlessSignedOut(request, "entrant");
  if (!user) return Response.json(caseEditAnswer({ signedOut: true }), { status: 401 });
  const caseId = parseId(caseParam);
  const { t, locale } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createCaseAutosaveSchema(t) });
  if (submission.status !== "success") {
    return Response.json(caseEditAnswer({ result: submission.reply() }), { status: 400 });
  }
  const { version, categoryId, base, ...texts } = submission.value;
  const now = new Date();
  try {
    const saved = saveCaseDraft(db, user, caseId, { version, categoryId, texts, base }, now);
    return Response.json(draftSaveAnswer(saved, locale, now), { status: saved.conflicts.length ? 409 : 200 });
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return Response.json(caseEditAnswer({ result }), { status });
  }
}
