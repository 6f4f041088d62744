import type { Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CaseEditor } from "#app/components/case/case-editor.tsx";
import { caseEditAnswer as answer, type CaseView } from "#app/components/case/case-view.ts";
import { ReadOnlyCase } from "#app/components/case/read-only-case.tsx";
import { MAX_ATTACHMENT_BYTES } from "#app/domain/attachments.ts";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import {
  AttachmentRefusedError,
  saveDraftWithAttachment,
  type AttachmentChange,
  type UploadedAttachment,
} from "#app/domain/case-drafts.server.ts";
import { caseStage, nextCaseStatus } from "#app/domain/case-status.ts";
import { getCaseHistory } from "#app/domain/case-history.server.ts";
import {
  changeCaseStatus,
  getCase,
  listCategoryChoices,
  requireCaseStatusChange,
  saveCaseDraft,
  StaleCaseVersionError,
  submitCase,
  type CaseEdit,
  type CaseTexts,
  type DraftSaveResult,
} from "#app/domain/cases.server.ts";
import { createCaseEditSchema, type CaseCommand } from "#app/forms/case-forms.ts";
import { parseCaseVersionParams } from "#app/forms/case-version-params.ts";
import { formatDateTime, formatTime } from "#app/i18n/format.ts";
import { draftSaveAnswer } from "#app/utils/case-answers.server.ts";
import type { Locale } from "#app/domain/locales.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { sendSubmissionReceipts } from "#app/utils/case-mail.server.ts";
import { delivered } from "#app/utils/mail.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { uploadsDir, uploadTempDir } from "#app/utils/storage.server.ts";
import { withFormAndFile } from "#app/utils/upload.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("case.edit.heading", { reference: data?.reference ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const { locale } = getTranslator(request);
  const found = orRespond(() => getCase(db, user, parseId(params.caseId), new Date()));
  // A published case stands whatever the dates say (they could be moved before the freeze rule).
  const allowed = (action: Parameters<typeof nextCaseStatus>[1]) =>
    !found.frozen && nextCaseStatus(found.state, action, found.phase).ok;
  const search = parseCaseVersionParams(new URL(request.url).searchParams);
  const can = {
    edit: allowed("save"),
    reopen: allowed("reopen"),
    withdraw: allowed("withdraw"),
    restore: allowed("restore"),
  };
  return {
    caseId: found.case.id,
    reference: found.reference,
    status: found.case.status,
    phase: found.phase,
    version: found.case.version,
    categoryId: found.case.categoryId,
    texts: textsOf(found.case),
    categories: listCategoryChoices(db, found.competition.id),
    deadline: formatDateTime(found.competition.submissionDeadlineAt, locale),
    savedAt: formatTime(found.case.updatedAt, locale),
    submittedAt: found.case.submittedAt ? formatDateTime(found.case.submittedAt, locale) : null,
    disqualifiedReason: found.case.disqualifiedReason,
    attachments: found.attachments.map((attachment) => ({
      id: attachment.id,
      name: attachment.fileName,
      sizeKb: Math.max(1, Math.round(attachment.sizeBytes / 1024)),
    })),
    can,
    stage: caseStage(found.state),
    submittedVersion: found.submittedVersion && {
      number: found.submittedVersion.number,
      submittedAt: formatDateTime(found.submittedVersion.submittedAt, locale),
    },
    hasUnsubmittedChanges: found.hasUnsubmittedChanges,
    // A confirmation is offered only for a change the case allows now.
    confirm: search.confirm && can[search.confirm] ? search.confirm : null,
    history: getCaseHistory(db, found, "entrant", search),
  } satisfies CaseView;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const caseId = parseId(params.caseId);
  const { t, locale } = getTranslator(request);
  const upload = { fileField: "file", maxFileBytes: MAX_ATTACHMENT_BYTES, tempDir: uploadTempDir };
  return withFormAndFile(request, upload, ({ formData, file }) => {
    const submission = parseWithZod(formData, { schema: createCaseEditSchema(t) });
    if (submission.status !== "success") return data(answer({ result: submission.reply() }), { status: 400 });
    const command = submission.value;
    const now = new Date();
    const selfUrl = `/entrant/cases/${caseId}`;
    const context = { t, locale, now };

    switch (command.intent) {
      case "reopen":
      case "withdraw":
      case "restore":
        try {
          // Withdraw or restore posted without the confirmation panel (a stale page, a script):
          // checked, then asked first; nothing changes.
          if (command.intent !== "reopen" && !command.confirmed) {
            requireCaseStatusChange(db, user, caseId, command.intent, now);
            return redirect(`${selfUrl}?confirm=${command.intent}`);
          }
          changeCaseStatus(db, user, caseId, command.intent, now);
        } catch (error) {
          return refusal(submission, error, { t, locale, now });
        }
        return redirect(selfUrl);
      case "submit":
        try {
          submitCase(db, user, caseId, caseEdit(command), now);
        } catch (error) {
          if (error instanceof StaleCaseVersionError) {
            return savedMerged(submission, () => saveCaseDraft(db, user, caseId, caseEdit(command), now), context);
          }
          return refusal(submission, error, context);
        }
        // After the answer: a slow or absent mail server neither delays nor fails the submission.
        void delivered(sendSubmissionReceipts(caseId, user.id), "Receipt mail");
        return redirect(`${selfUrl}/receipt`);
      default: {
        const change = attachmentChange(command, file);
        const save = () => saveDraftWithAttachment(db, user, caseId, caseEdit(command), change, uploadsDir, now);
        return savedMerged(submission, save, context, selfUrl);
      }
    }
  });
}

type DraftCommand = Exclude<CaseCommand, { intent: "reopen" | "withdraw" | "restore" | "submit" }>;

function textsOf(values: CaseTexts): CaseTexts {
  return Object.fromEntries(CASE_TEXT_FIELDS.map(({ name }) => [name, values[name]])) as CaseTexts;
}

/** "Save mine" names the version seen in full: the editor's text replaces it, whatever the base said. */
function caseEdit(
  value: CaseTexts & { version: number; categoryId: number; base?: CaseEdit["base"]; overwriteVersion?: number },
): CaseEdit {
  const texts = textsOf(value);
  if (value.overwriteVersion) return { version: value.overwriteVersion, categoryId: value.categoryId, texts };
  return { version: value.version, categoryId: value.categoryId, texts, base: value.base };
}

/** The upload and remove buttons post the text too; the other draft intents change no file. */
function attachmentChange(command: DraftCommand, file: UploadedAttachment | null): AttachmentChange | null {
  switch (command.intent) {
    case "upload":
      return { kind: "add", file };
    case "remove-attachment":
      return { kind: "remove", attachmentId: command.attachmentId };
    default:
      return null;
  }
}

type Context = { t: Translate; locale: Locale; now: Date };

/**
 * A draft save, merged over a colleague's newer version field by field: without a field both
 * changed it goes on to `next` (a submit over a newer version stops here so the submitter sees
 * the merged text first); with one, the page shows it beside the writer's own.
 */
function savedMerged(submission: Submission<unknown>, save: () => DraftSaveResult, context: Context, next?: string) {
  let saved: DraftSaveResult;
  try {
    saved = save();
  } catch (error) {
    return refusal(submission, error, context);
  }
  if (next && !saved.conflicts.length) return redirect(next);
  const message = context.t(saved.conflicts.length ? "case.merge.conflict" : "case.merge.submitStale");
  return data(
    { ...draftSaveAnswer(saved, context.locale, context.now), result: submission.reply({ formErrors: [message] }) },
    { status: 409 },
  );
}

/** A refused save: the reason at its field, and the version saved when only an attachment was refused. */
function refusal(submission: Submission<unknown>, error: unknown, { t, locale, now }: Context) {
  const { result, status } = replyForDomainError(submission, error, t);
  const saved = error instanceof AttachmentRefusedError ? draftSaveAnswer(error.saved, locale, now) : answer({});
  return data({ ...saved, result }, { status });
}

export default function CaseRoute() {
  const view = useLoaderData<typeof loader>();
  const editAnswer = useActionData<typeof action>();
  if (!view.can.edit) return <ReadOnlyCase view={view} answer={editAnswer} />;
  return <CaseEditor key={view.caseId} view={view} answer={editAnswer} />;
}
