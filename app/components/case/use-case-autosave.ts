import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import type { CaseTexts } from "#app/domain/cases.server.ts";
import { useDraftBackup } from "#app/utils/use-draft-backup.ts";
import { postedTexts, type CaseEditAnswer, type CaseView } from "./case-view.ts";

const AUTOSAVE_DELAY_MS = 2000;

const sameTexts = (a: CaseTexts, b: CaseTexts) => JSON.stringify(a) === JSON.stringify(b);
const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export type SaveState = { kind: "saving" } | { kind: "failed" } | { kind: "unsaved" } | { kind: "saved"; time: string };

/**
 * The editor's memory of the case while it is being written: the text as typed, an autosave 2 s
 * after typing stops, the version the next save builds on, a copy in the browser until the server
 * has the text, and a colleague's version when theirs was saved first.
 */
export function useCaseAutosave(view: CaseView, answer: CaseEditAnswer | undefined) {
  const autosave = useFetcher<CaseEditAnswer>({ key: `autosave-${view.caseId}` });
  const autosaveAnswer = autosave.data;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save the page shows what was typed, not what is stored.
  const [texts, setTexts] = useState<CaseTexts>(() => ({
    ...view.texts,
    ...postedTexts(answer?.result?.initialValue),
  }));
  const [categoryId, setCategoryId] = useState(view.categoryId);
  const [version, setVersion] = useState(view.version);
  const [savedAt, setSavedAt] = useState<string | null>(view.version > 1 ? view.savedAt : null);
  const [dirty, setDirty] = useState(false);
  const sentTexts = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const backup = useDraftBackup<CaseTexts>(`awards-case-${view.caseId}`, view.texts, sameTexts);
  const { forget } = backup;

  // A save through a navigation (Save button, upload) brings a new version from the loader; the
  // effect acts once per new version, whatever else changed since.
  const seenServerVersion = useRef(view.version);
  useEffect(() => {
    if (seenServerVersion.current === view.version) return;
    seenServerVersion.current = view.version;
    setVersion((current) => Math.max(current, view.version));
    setSavedAt(view.savedAt);
    if (sameTexts(texts, view.texts)) {
      setDirty(false);
      forget();
    }
  }, [view.version, view.savedAt, view.texts, texts, forget]);

  useEffect(() => {
    if (answer?.savedVersion) setVersion(answer.savedVersion);
  }, [answer]);

  // Acts once per autosave answer: the text is saved only if nothing was typed since it was sent.
  const seenAutosaveAnswer = useRef<CaseEditAnswer>();
  useEffect(() => {
    if (seenAutosaveAnswer.current === autosaveAnswer) return;
    seenAutosaveAnswer.current = autosaveAnswer;
    if (!autosaveAnswer?.savedVersion) return;
    setVersion(autosaveAnswer.savedVersion);
    setSavedAt(autosaveAnswer.savedAt);
    if (sentTexts.current === JSON.stringify(texts)) {
      forget();
      setDirty(false);
    }
  }, [autosaveAnswer, texts, forget]);

  const conflict = autosaveAnswer?.conflict ?? answer?.conflict ?? null;

  function scheduleAutosave() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = formRef.current;
      // After a conflict only a deliberate choice saves, never the timer.
      if (!form || conflict) return;
      const payload = new FormData(form);
      payload.delete("file");
      payload.set("intent", "autosave");
      sentTexts.current = JSON.stringify(
        Object.fromEntries(CASE_TEXT_FIELDS.map(({ name }) => [name, textOf(payload.get(name))])),
      );
      autosave.submit(payload, { method: "post", encType: "multipart/form-data" });
    }, AUTOSAVE_DELAY_MS);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function changed() {
    setDirty(true);
    scheduleAutosave();
  }

  const errors: Record<string, string[] | null> = answer?.result?.error ?? autosaveAnswer?.result?.error ?? {};
  const saveState: SaveState =
    autosave.state !== "idle"
      ? { kind: "saving" }
      : autosaveAnswer && !autosaveAnswer.savedVersion && !autosaveAnswer.conflict
        ? { kind: "failed" }
        : dirty || !savedAt
          ? { kind: "unsaved" }
          : { kind: "saved", time: savedAt };

  return {
    formRef,
    texts,
    categoryId,
    version,
    conflict,
    errors,
    saveState,
    backupOffer: backup.offer,
    updateText: (name: CaseTextFieldName, value: string) => {
      const next = { ...texts, [name]: value };
      setTexts(next);
      backup.remember(next);
      changed();
    },
    updateCategory: (id: number) => {
      setCategoryId(id);
      changed();
    },
    restoreBackup: () => {
      if (!backup.offer) return;
      setTexts(backup.offer.values);
      backup.dismissOffer();
      changed();
    },
    discardBackup: forget,
  };
}
