// Apart from case-forms.ts, so the case editor's buttons name their intents without Zod coming to
// the browser with the schemas.

/** Buttons that remove one attachment carry its id in the intent: remove-attachment-12. */
export const removeAttachmentIntent = (attachmentId: number) => `remove-attachment-${attachmentId}`;
const REMOVE_ATTACHMENT_INTENT = /^remove-attachment-(\d+)$/;

/** Reads `remove-attachment-12` as the intent `remove-attachment` with `attachmentId` 12. */
export function splitRemoveAttachmentIntent(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !("intent" in value) || typeof value.intent !== "string") {
    return value;
  }
  const removal = REMOVE_ATTACHMENT_INTENT.exec(value.intent);
  return removal ? { ...value, intent: "remove-attachment", attachmentId: removal[1] } : value;
}
