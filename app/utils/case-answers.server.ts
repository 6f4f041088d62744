import { caseEditAnswer, type CaseEditAnswer } from "#app/components/case/case-view.ts";
import type { DraftSaveResult } from "#app/domain/cases.server.ts";
import type { Locale } from "#app/domain/locales.ts";
import { formatDateTime, formatTime } from "#app/i18n/format.ts";

/**
 * A draft save as the editor reads it, from the case page's buttons and from autosave alike: the
 * version and text it now builds on, and the fields a colleague changed differently, if any.
 */
export function draftSaveAnswer(saved: DraftSaveResult, locale: Locale, now: Date): CaseEditAnswer {
  const conflict = saved.conflicts.length
    ? {
        fields: saved.conflicts,
        savedAt: formatDateTime(saved.theirs.updatedAt, locale),
        updatedByName: saved.theirs.updatedByName,
      }
    : null;
  return caseEditAnswer({
    savedVersion: saved.version,
    savedAt: formatTime(now, locale),
    stored: saved.stored,
    conflict,
  });
}
