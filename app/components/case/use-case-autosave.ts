import { useCallback, useEffect, useRef, useState } from "react";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import type { CaseFieldName, CaseFields, CaseTexts } from "#app/domain/cases.server.ts";
import { useDraftBackup } from "#app/utils/use-draft-backup.ts";
import { caseEditAnswer, type CaseConflict, type CaseEditAnswer, type CaseView } from "./case-view.ts";

const AUTOSAVE_DELAY_MS = 2000;

const sameTexts = (a: CaseTexts, b: CaseTexts) => JSON.stringify(a) === JSON.stringify(b);
const FIELD_NAMES: CaseFieldName[] = [...CASE_TEXT_FIELDS.map(({ name }) => name), "categoryId"];

export type SaveState =
  | { kind: "saving" }
  | { kind: "failed" }
  | { kind: "unsaved" }
  | { kind: "signed-out" }
  | { kind: "saved"; time: string };

/** A field both colleagues changed, with the colleague's text, until the writer chooses. */
export type OpenConflict = Omit<CaseConflict, "fields"> & { fields: CaseFieldName[]; theirs: CaseFields };

/**
 * The editor's text and, per field, the text it started from (`base`, posted with every save so
 * the server can merge over a colleague's newer version), and the version that base belongs to.
 */
type Editing = { fields: CaseFields; base: CaseFields; version: number };

function fieldsOf(view: CaseView): CaseFields {
  return { ...view.texts, categoryId: view.categoryId };
}

/** What a refused or merged post sent, read back from the answer: its fields and its base. */
function posted(initialValue: Record<string, unknown> | null | undefined) {
  const fields: Partial<CaseFields> = {};
  for (const name of FIELD_NAMES) {
    const value = initialValue?.[name];
    if (typeof value !== "string") continue;
    if (name === "categoryId") fields.categoryId = Number(value);
    else fields[name] = value;
  }
  let base: Partial<CaseFields> = {};
  try {
    base = typeof initialValue?.base === "string" ? (JSON.parse(initialValue.base) as Partial<CaseFields>) : {};
  } catch {
    // A base that does not parse was refused by the server too; the stored text is the base then.
  }
  return { fields, base };
}

/**
 * After a save: every field not in conflict builds on what the server now holds, and shows it
 * unless it was typed in since the save was sent (a colleague's edit to a field the writer did not
 * touch appears); a field in conflict keeps the writer's text and its old base until they choose.
 */
function settle(
  current: Editing,
  answer: { stored: CaseFields; version: number; conflicts: CaseFieldName[] },
  sent: CaseFields | null,
): Editing {
  const fields = { ...current.fields };
  const base = { ...current.base };
  const put = <K extends CaseFieldName>(target: CaseFields, name: K, value: CaseFields[K]) => (target[name] = value);
  for (const name of FIELD_NAMES) {
    if (answer.conflicts.includes(name)) continue;
    const typedSince = sent !== null && current.fields[name] !== sent[name];
    if (!typedSince) {
      put(fields, name, answer.stored[name]);
      put(base, name, answer.stored[name]);
    } else if (answer.stored[name] === sent[name]) put(base, name, answer.stored[name]);
    // Typed since, and the server kept a colleague's text: the old base stays, so the next save
    // shows the field as changed by both instead of overwriting theirs.
  }
  return { fields, base, version: answer.version };
}

function openConflict(answer: CaseEditAnswer): OpenConflict | null {
  if (!answer.conflict || !answer.stored) return null;
  return { ...answer.conflict, theirs: answer.stored };
}

function initialEditing(view: CaseView, answer: CaseEditAnswer | undefined): Editing {
  const start = { fields: fieldsOf(view), base: fieldsOf(view), version: view.version };
  const sent = posted(answer?.result?.initialValue);
  if (!answer?.stored || !answer.savedVersion) return { ...start, fields: { ...start.fields, ...sent.fields } };
  const conflicts = answer.conflict?.fields ?? [];
  const merged = settle(start, { stored: answer.stored, version: answer.savedVersion, conflicts }, null);
  // Fields in conflict show what this writer sent, built on what they started from.
  for (const name of conflicts) {
    Object.assign(merged.fields, { [name]: sent.fields[name] ?? answer.stored[name] });
    Object.assign(merged.base, { [name]: sent.base[name] ?? answer.stored[name] });
  }
  return merged;
}

/**
 * The editor's memory of the case while it is being written: the text as typed, an autosave 2 s
 * after typing stops (to the autosave route, answered in JSON), a copy in the browser until the
 * server has the text, a colleague's edit merged in field by field, and the fields both changed
 * side by side until the writer chooses. A lost session keeps everything here and waits for a
 * login in place, then saves.
 */
export function useCaseAutosave(view: CaseView, answer: CaseEditAnswer | undefined) {
  const [editing, setEditing] = useState<Editing>(() => initialEditing(view, answer));
  const [conflict, setConflict] = useState<OpenConflict | null>(() => (answer ? openConflict(answer) : null));
  const [savedAt, setSavedAt] = useState<string | null>(view.version > 1 ? view.savedAt : null);
  const [status, setStatus] = useState<"idle" | "saving" | "failed">("idle");
  // Kept through the retries while signed out, so the login form stays as the writer fills it.
  const [signedOut, setSignedOut] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [autosaveErrors, setAutosaveErrors] = useState<Record<string, string[] | null> | null>(null);
  const latest = useRef(editing);
  latest.current = editing;
  const inFlight = useRef(false);
  const again = useRef(false);
  const navigationSent = useRef<CaseFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const backup = useDraftBackup<CaseTexts>(`awards-case-${view.caseId}`, view.texts, sameTexts);
  const { forget, remember } = backup;

  /** Takes in a save's answer: merged text and base, the conflict (or none), and what is left to save. */
  const apply = useCallback(
    (saved: CaseEditAnswer, sent: CaseFields | null) => {
      if (!saved.stored || !saved.savedVersion) return;
      const conflicts = saved.conflict?.fields ?? [];
      const next = settle(latest.current, { stored: saved.stored, version: saved.savedVersion, conflicts }, sent);
      latest.current = next;
      setEditing(next);
      setConflict(openConflict(saved));
      setSavedAt(saved.savedAt);
      const { categoryId: _category, ...texts } = next.fields;
      const allStored = FIELD_NAMES.every((name) => next.fields[name] === saved.stored![name]);
      if (allStored) {
        forget();
        setDirty(false);
      } else remember(texts);
    },
    [forget, remember],
  );

  const save = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    const sent = latest.current;
    const payload = new FormData();
    payload.set("version", String(sent.version));
    payload.set("base", JSON.stringify(sent.base));
    for (const name of FIELD_NAMES) payload.set(name, String(sent.fields[name]));
    setStatus("saving");
    try {
      const response = await fetch(`/entrant/cases/${view.caseId}/autosave`, {
        method: "POST",
        body: payload,
        headers: { Accept: "application/json" },
      });
      const saved = caseEditAnswer((await response.json()) as Partial<CaseEditAnswer>);
      setSignedOut(saved.signedOut);
      if (saved.signedOut) {
        setStatus("idle");
        return;
      }
      setAutosaveErrors(saved.result?.error ?? null);
      apply(saved, sent.fields);
      setStatus(saved.savedVersion ? "idle" : "failed");
    } catch {
      setStatus("failed");
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void save();
      }
    }
  }, [view.caseId, apply]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // A save through a navigation (Save button, upload) brings a new version from the loader.
  useEffect(() => {
    if (view.version <= latest.current.version) return;
    apply(
      caseEditAnswer({ stored: fieldsOf(view), savedVersion: view.version, savedAt: view.savedAt }),
      navigationSent.current,
    );
  }, [view, apply]);

  // A navigation post answered on the page (a merge with a field both changed, a refusal).
  const seenAnswer = useRef(answer);
  useEffect(() => {
    if (seenAnswer.current === answer || !answer) return;
    seenAnswer.current = answer;
    setAutosaveErrors(null);
    apply(answer, navigationSent.current);
  }, [answer, apply]);

  function change(next: Editing) {
    latest.current = next;
    setEditing(next);
    const { categoryId: _category, ...texts } = next.fields;
    remember(texts);
    setDirty(true);
    // Signed out too: after a login in another tab, the next pause in typing saves.
    schedule();
  }

  /** The writer's choice for a field both changed: theirs becomes the base, so only the choice is saved. */
  function resolve(name: CaseFieldName, value: (mine: CaseFields, theirs: CaseFields) => string | number) {
    if (!conflict) return;
    const fields = { ...latest.current.fields, [name]: value(latest.current.fields, conflict.theirs) };
    const base = { ...latest.current.base, [name]: conflict.theirs[name] };
    const rest = conflict.fields.filter((field) => field !== name);
    setConflict(rest.length ? { ...conflict, fields: rest } : null);
    change({ ...latest.current, fields, base });
  }

  const errors: Record<string, string[] | null> = autosaveErrors ?? answer?.result?.error ?? {};
  const saveState: SaveState =
    status === "saving"
      ? { kind: "saving" }
      : signedOut
        ? { kind: "signed-out" }
        : status === "failed"
          ? { kind: "failed" }
          : dirty || !savedAt
            ? { kind: "unsaved" }
            : { kind: "saved", time: savedAt };

  return {
    texts: editing.fields as CaseTexts,
    categoryId: editing.fields.categoryId,
    version: editing.version,
    base: editing.base,
    conflict,
    errors,
    saveState,
    signedOut,
    backupOffer: backup.offer,
    /** The Save, Submit and attachment buttons post the form: what they sent settles the answer. */
    noteNavigationPost: () => (navigationSent.current = latest.current.fields),
    updateText: (name: CaseTextFieldName, value: string) =>
      change({ ...latest.current, fields: { ...latest.current.fields, [name]: value } }),
    updateCategory: (id: number) => change({ ...latest.current, fields: { ...latest.current.fields, categoryId: id } }),
    keepMine: (name: CaseFieldName) => resolve(name, (mine) => mine[name]),
    takeTheirs: (name: CaseFieldName) => resolve(name, (_mine, theirs) => theirs[name]),
    combine: (name: CaseTextFieldName) => {
      resolve(name, (mine, theirs) => `${mine[name]}\n\n${theirs[name]}`);
      document.getElementById(`case-${name}`)?.focus();
    },
    /** After logging in again in place: save what waited. */
    signedInAgain: () => {
      setSignedOut(false);
      void save();
    },
    restoreBackup: () => {
      if (!backup.offer) return;
      change({ ...latest.current, fields: { ...latest.current.fields, ...backup.offer.values } });
      backup.dismissOffer();
    },
    discardBackup: forget,
  };
}
