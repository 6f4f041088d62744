// Apart from reminder-forms.ts, so the reminder page's buttons name their intents without Zod
// coming to the browser with the schema.

/** Choose → preview (writes nothing) → send (the preview's batch key makes a second post a no-op). */
export const REMINDER_INTENTS = { preview: "preview-reminder", send: "send-reminder" } as const;
