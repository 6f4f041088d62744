import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { CaseTextField } from "#app/components/case/case-text-field.tsx";
import { useDraftBackup } from "#app/utils/use-draft-backup.ts";
import { AttachmentLink, CaseDocument } from "#app/components/case/case-document.tsx";
import { Page } from "#app/components/page.tsx";
import { RestoreOffer } from "#app/components/restore-offer.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { MAX_ATTACHMENT_BYTES } from "#app/domain/attachments.ts";
import { addAttachment, removeAttachment } from "#app/domain/attachments.server.ts";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import { nextCaseStatus } from "#app/domain/case-status.ts";
import {
  changeCaseStatus,
  getCase,
  listCategoryChoices,
  saveCaseDraft,
  StaleCaseVersionError,
  submitCase,
  type CaseTexts,
} from "#app/domain/cases.server.ts";
import { DomainError } from "#app/domain/errors.ts";
import { createCaseSchema, REMOVE_ATTACHMENT_INTENT } from "#app/forms/case-forms.ts";
import { formatDateTime, formatTime } from "#app/i18n/format.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { readFormWithFile } from "#app/utils/upload.server.ts";
import { uploadsDir } from "#app/utils/storage.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.reference ?? ""} – Kundeservice Awards` },
];

const FIELD_LABELS: Record<CaseTextFieldName, { label: MessageKey; hint: MessageKey }> = {
  title: { label: "case.field.title", hint: "case.field.title.hint" },
  summary: { label: "case.field.summary", hint: "case.field.summary.hint" },
  servicePromise: { label: "step.promise.name", hint: "step.promise.caseHint" },
  anchoring: { label: "step.anchoring.name", hint: "step.anchoring.caseHint" },
  realisation: { label: "step.realisation.name", hint: "step.realisation.caseHint" },
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const { locale } = getTranslator(request);
  const found = orRespond(() => getCase(db, user, parseId(params.caseId), new Date()));
  const allowed = (action: Parameters<typeof nextCaseStatus>[1]) =>
    nextCaseStatus(found.case.status, action, found.phase).ok;
  return {
    caseId: found.case.id,
    reference: found.reference,
    status: found.case.status,
    phase: found.phase,
    version: found.case.version,
    categoryId: found.case.categoryId,
    texts: Object.fromEntries(CASE_TEXT_FIELDS.map(({ name }) => [name, found.case[name]])) as CaseTexts,
    categories: listCategoryChoices(db, found.competition.id),
    competitionName: found.competition.name,
    deadline: formatDateTime(found.competition.submissionDeadlineAt, locale),
    savedAt: formatTime(found.case.updatedAt, locale),
    updatedByName: found.updatedByName,
    submittedAt: found.case.submittedAt ? formatDateTime(found.case.submittedAt, locale) : null,
    disqualifiedReason: found.case.disqualifiedReason,
    attachments: found.attachments.map((attachment) => ({
      id: attachment.id,
      name: attachment.fileName,
      sizeKb: Math.max(1, Math.round(attachment.sizeBytes / 1024)),
    })),
    can: {
      edit: allowed("save"),
      reopen: allowed("reopen"),
      withdraw: allowed("withdraw"),
      restore: allowed("restore"),
    },
  };
}

// An autosave changes nothing the page shows but the "saved" note, which the fetcher carries.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "autosave" ? false : defaultShouldRevalidate;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const caseId = parseId(params.caseId);
  const { t, locale } = getTranslator(request);
  const { formData, file } = await readFormWithFile(request, "file", MAX_ATTACHMENT_BYTES);
  const intent = String(formData.get("intent") ?? "");
  const now = new Date();
  const selfUrl = `/entrant/cases/${caseId}`;

  if (intent === "reopen" || intent === "withdraw" || intent === "restore") {
    orRespond(() => changeCaseStatus(db, user, caseId, intent, now));
    return redirect(selfUrl);
  }

  const submission = parseWithZod(formData, { schema: createCaseSchema(t, intent) });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), savedVersion: null, savedAt: null, conflict: null }, { status: 400 });
  }
  const { version: postedVersion, categoryId, intent: _intent, ...texts } = submission.value;
  // "Save mine anyway" after a conflict names the version it has seen and decided to replace.
  const version = intent === "overwrite" ? Number(formData.get("overwriteVersion")) || postedVersion : postedVersion;
  const edit = { version, categoryId, texts: texts as CaseTexts };

  let savedVersion: number;
  try {
    if (intent === "submit") {
      submitCase(db, user, caseId, edit, now);
      return redirect(`${selfUrl}/receipt`);
    }
    ({ version: savedVersion } = saveCaseDraft(db, user, caseId, edit, now));
  } catch (error) {
    if (error instanceof StaleCaseVersionError) {
      const conflict = {
        version: error.current.version,
        texts: error.current.texts,
        savedAt: formatDateTime(error.current.updatedAt, locale),
        updatedByName: error.current.updatedByName,
      };
      return data(
        { result: submission.reply({ formErrors: [t("case.conflict")] }), savedVersion: null, savedAt: null, conflict },
        { status: 409 },
      );
    }
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result, savedVersion: null, savedAt: null, conflict: null }, { status });
  }

  const removal = REMOVE_ATTACHMENT_INTENT.exec(intent);
  try {
    if (removal) removeAttachment(db, user, caseId, Number(removal[1]), uploadsDir, now);
    if (intent === "upload") {
      if (!file) throw new DomainError("invalid", "attachment.missing", { field: "file" });
      if ("oversized" in file) throw new DomainError("invalid", "attachment.tooLarge", { field: "file" });
      addAttachment(db, user, caseId, file, uploadsDir, now);
    }
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result, savedVersion, savedAt: formatTime(now, locale), conflict: null }, { status });
  }

  if (intent === "autosave") return { result: null, savedVersion, savedAt: formatTime(now, locale), conflict: null };
  return redirect(selfUrl);
}

type CaseActionData = {
  result: SubmissionResult<string[]> | null;
  savedVersion: number | null;
  savedAt: string | null;
  conflict: { version: number; texts: CaseTexts; savedAt: string; updatedByName: string | null } | null;
};

const AUTOSAVE_DELAY_MS = 2000;

export default function CaseEditor() {
  const loaderData = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!loaderData.can.edit) return <ReadOnlyCase />;
  return <EditableCase key={loaderData.caseId} t={t} />;
}

function EditableCase({ t }: { t: ReturnType<typeof useTranslation>["t"] }) {
  const loaderData = useLoaderData<typeof loader>();
  // Redirects never reach the page, so what arrives is always one of the data answers.
  const actionData = useActionData<typeof action>() as CaseActionData | undefined;
  const autosave = useFetcher<typeof action>({ key: `autosave-${loaderData.caseId}` });
  const autosaveData = autosave.data as CaseActionData | undefined;
  const formRef = useRef<HTMLFormElement>(null);

  const initialTexts = (actionData?.result?.initialValue as Partial<CaseTexts> | undefined) ?? loaderData.texts;
  const [texts, setTexts] = useState<CaseTexts>({ ...loaderData.texts, ...initialTexts });
  const [categoryId, setCategoryId] = useState(loaderData.categoryId);
  const [version, setVersion] = useState(loaderData.version);
  const [savedAt, setSavedAt] = useState<string | null>(loaderData.version > 1 ? loaderData.savedAt : null);
  const [dirty, setDirty] = useState(false);
  const sentTexts = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const backup = useDraftBackup<CaseTexts>(
    `awards-case-${loaderData.caseId}`,
    loaderData.texts,
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );

  // A save through a navigation (Save button, upload) brings a new version from the loader.
  const seenLoaderVersion = useRef(loaderData.version);
  useEffect(() => {
    if (seenLoaderVersion.current === loaderData.version) return;
    seenLoaderVersion.current = loaderData.version;
    setVersion((current) => Math.max(current, loaderData.version));
    setSavedAt(loaderData.savedAt);
    if (JSON.stringify(texts) === JSON.stringify(loaderData.texts)) {
      setDirty(false);
      backup.forget();
    }
    // Only when the server's version changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaderData.version]);
  useEffect(() => {
    if (actionData?.savedVersion) setVersion(actionData.savedVersion);
  }, [actionData]);
  useEffect(() => {
    if (!autosaveData?.savedVersion) return;
    setVersion(autosaveData.savedVersion);
    setSavedAt(autosaveData.savedAt);
    if (sentTexts.current === JSON.stringify(texts)) {
      backup.forget();
      setDirty(false);
    }
    // Only when a save answer arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autosaveData]);

  const conflict = autosaveData?.conflict ?? actionData?.conflict ?? null;

  function scheduleAutosave() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = formRef.current;
      if (!form || conflict) return;
      const payload = new FormData(form);
      payload.delete("file");
      payload.set("intent", "autosave");
      sentTexts.current = JSON.stringify(
        Object.fromEntries(CASE_TEXT_FIELDS.map(({ name }) => [name, String(payload.get(name) ?? "")])),
      );
      autosave.submit(payload, { method: "post", encType: "multipart/form-data" });
    }, AUTOSAVE_DELAY_MS);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function updateText(name: CaseTextFieldName, value: string) {
    const next = { ...texts, [name]: value };
    setTexts(next);
    setDirty(true);
    backup.remember(next);
    scheduleAutosave();
  }

  const errors = (actionData?.result?.error ?? autosaveData?.result?.error ?? {}) as Record<string, string[] | null>;
  const formErrors = errors[""] ?? [];
  const saveState =
    autosave.state !== "idle"
      ? t("case.edit.saving")
      : autosaveData && !autosaveData.savedVersion && !autosaveData.conflict
        ? t("case.edit.saveFailed")
        : dirty || !savedAt
          ? t("case.edit.unsaved")
          : t("case.edit.savedAt", { time: savedAt });

  return (
    <Page title={t("case.edit.heading", { reference: loaderData.reference })}>
      <p className="mb-2">{t("case.edit.deadline", { deadline: loaderData.deadline })}</p>
      <p className="mb-6 text-sm text-ink-muted">{t("case.edit.localBackupNote")}</p>

      {backup.offer ? (
        <RestoreOffer
          message={t("case.edit.restoreFound", { time: new Date(backup.offer.at).toLocaleTimeString() })}
          restoreLabel={t("case.edit.restore")}
          onRestore={() => {
            setTexts(backup.offer!.values);
            setDirty(true);
            backup.dismissOffer();
            scheduleAutosave();
          }}
          onDiscard={backup.forget}
        />
      ) : null}

      <Form
        ref={formRef}
        method="post"
        encType="multipart/form-data"
        className="flex flex-col gap-6"
        aria-describedby="save-state"
      >
        <FormError id="case-form-error" errors={formErrors} />
        {conflict ? (
          <section aria-labelledby="conflict-heading" className="rounded-md border border-red-700 p-4">
            <h2 id="conflict-heading" className="mb-2 font-semibold">
              {t("case.conflict.theirs", { time: conflict.savedAt, name: conflict.updatedByName ?? "–" })}
            </h2>
            <dl className="mb-4 flex flex-col gap-2">
              {CASE_TEXT_FIELDS.map(({ name }) => (
                <div key={name}>
                  <dt className="font-medium">{t(FIELD_LABELS[name].label)}</dt>
                  <dd className="whitespace-pre-wrap rounded bg-gray-50 p-2">{conflict.texts[name]}</dd>
                </div>
              ))}
            </dl>
            <input type="hidden" name="overwriteVersion" value={conflict.version} />
            <Button name="intent" value="overwrite" variant="secondary">
              {t("case.conflict.keepMine")}
            </Button>
          </section>
        ) : null}

        <input type="hidden" name="version" value={version} />
        <div className="flex flex-col gap-1">
          <label htmlFor="case-category" className="text-lg font-semibold">
            {t("case.field.category")}
          </label>
          <select
            id="case-category"
            name="categoryId"
            value={categoryId}
            onChange={(event) => {
              setCategoryId(Number(event.target.value));
              setDirty(true);
              scheduleAutosave();
            }}
            className="rounded-md border border-gray-400 px-3 py-2"
            aria-describedby={errors.categoryId?.length ? "case-category-error" : undefined}
          >
            {loaderData.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          <FieldErrors id="case-category-error" errors={errors.categoryId} />
        </div>

        {CASE_TEXT_FIELDS.map(({ name, max }) => (
          <CaseTextField
            key={name}
            name={name}
            label={t(FIELD_LABELS[name].label)}
            hint={t(FIELD_LABELS[name].hint)}
            value={texts[name]}
            max={max}
            errors={errors[name]}
            multiline={name !== "title"}
            rows={name === "summary" ? 3 : 10}
            onChange={(value) => updateText(name, value)}
          />
        ))}

        <section aria-labelledby="attachments-heading" className="rounded-md border border-gray-200 p-4">
          <h2 id="attachments-heading" className="mb-1 text-lg font-semibold">
            {t("attachment.title")}
          </h2>
          <p className="mb-3 text-sm text-ink-muted">{t("attachment.intro")}</p>
          {loaderData.attachments.length === 0 ? (
            <p className="mb-3">{t("attachment.none")}</p>
          ) : (
            <ul className="mb-3 flex flex-col gap-2">
              {loaderData.attachments.map((attachment) => (
                <li key={attachment.id} className="flex flex-wrap items-center gap-3">
                  <AttachmentLink caseId={loaderData.caseId} attachment={attachment} />
                  <Button name="intent" value={`remove-attachment-${attachment.id}`} variant="link">
                    {t("attachment.remove", { name: attachment.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor="case-file" className="font-medium">
                {t("attachment.file")}
              </label>
              <input
                key={loaderData.attachments.length}
                id="case-file"
                type="file"
                name="file"
                accept="application/pdf,image/png,image/jpeg"
                aria-invalid={errors.file?.length ? true : undefined}
                aria-describedby={errors.file?.length ? "case-file-error" : undefined}
              />
            </div>
            <Button name="intent" value="upload" variant="secondary">
              {t("attachment.upload")}
            </Button>
          </div>
          <FieldErrors id="case-file-error" errors={errors.file} />
        </section>

        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-gray-200 bg-white py-3">
          <Button name="intent" value="save-draft" variant="secondary">
            {t("case.edit.saveDraft")}
          </Button>
          <Button name="intent" value="submit">
            {t("case.edit.submit")}
          </Button>
          <p id="save-state" role="status" className="text-sm text-ink-muted" data-testid="save-state">
            {saveState}
          </p>
        </div>
        <p className="text-sm text-ink-muted">{t("case.edit.submitHint")}</p>
      </Form>
    </Page>
  );
}

function ReadOnlyCase() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as CaseActionData | undefined;
  // Text posted after the deadline (or another lock) is refused but shown back, so it can be copied.
  const refusedTexts = actionData?.result?.initialValue as Partial<CaseTexts> | undefined;
  const { t } = useTranslation();
  const notice =
    loaderData.status === "disqualified"
      ? t("case.edit.disqualified", { reason: loaderData.disqualifiedReason ?? "" })
      : loaderData.phase === "closed"
        ? t("case.edit.locked", { deadline: loaderData.deadline })
        : loaderData.status === "withdrawn"
          ? t("case.edit.withdrawn")
          : t("case.edit.readOnlySubmitted", { time: loaderData.submittedAt ?? "" });
  return (
    <Page title={t("case.edit.heading", { reference: loaderData.reference })}>
      <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-4" role="status">
        {notice}
      </p>
      {refusedTexts ? (
        <section aria-labelledby="refused-heading" className="mb-6 rounded-md border border-red-700 p-4">
          <FormError id="refused-error" errors={(actionData?.result?.error?.[""] as string[] | undefined) ?? []} />
          <h2 id="refused-heading" className="my-2 font-semibold">
            {t("case.edit.refusedTexts")}
          </h2>
          {CASE_TEXT_FIELDS.filter(({ name }) => refusedTexts[name]).map(({ name }) => (
            <div key={name} className="mb-3 flex flex-col gap-1">
              <label htmlFor={`refused-${name}`} className="font-medium">
                {t(FIELD_LABELS[name].label)}
              </label>
              <textarea
                id={`refused-${name}`}
                readOnly
                value={refusedTexts[name]}
                rows={4}
                className="rounded-md border border-gray-400 px-3 py-2"
              />
            </div>
          ))}
        </section>
      ) : null}
      <Form method="post" className="mb-8 flex flex-wrap gap-3">
        {loaderData.can.reopen ? (
          <Button name="intent" value="reopen">
            {t("case.edit.reopen")}
          </Button>
        ) : null}
        {loaderData.can.withdraw ? (
          <Button name="intent" value="withdraw" variant="secondary" title={t("case.edit.withdrawConfirm")}>
            {t("case.edit.withdraw")}
          </Button>
        ) : null}
        {loaderData.can.restore ? (
          <Button name="intent" value="restore">
            {t("case.edit.restoreWithdrawn")}
          </Button>
        ) : null}
        {loaderData.status === "submitted" ? (
          <Link to="receipt" relative="path" className="self-center text-brand-700 underline">
            {t("case.edit.receiptLink")}
          </Link>
        ) : null}
      </Form>
      <CaseDocument
        caseId={loaderData.caseId}
        texts={CASE_TEXT_FIELDS.map(({ name }) => ({ name, value: loaderData.texts[name] }))}
        attachments={loaderData.attachments}
      >
        <div>
          <dt className="font-semibold">{t("case.field.category")}</dt>
          <dd>{loaderData.categories.find((category) => category.id === loaderData.categoryId)?.name}</dd>
        </div>
      </CaseDocument>
    </Page>
  );
}
