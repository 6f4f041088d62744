import { MAX_ATTACHMENT_BYTES } from "#app/domain/attachments.ts";

// How much of a posted body the portal reads at all. server.ts refuses a larger announced body
// before it is read (413); the form readers refuse a larger field after it is (also 413).

/** One text field: the longest case field is 8,000 characters, so 1 MB leaves room for any UTF-8. */
export const MAX_TEXT_FIELD_BYTES = 1024 * 1024;

/** A url-encoded form body: text fields only. */
export const MAX_URLENCODED_BODY_BYTES = 1024 * 1024;

/**
 * A multipart body: one attachment, with room to tell a file up to twice the limit that it is too
 * large (the text posted beside it is still saved), and the text fields.
 */
export const MAX_MULTIPART_BODY_BYTES = 2 * MAX_ATTACHMENT_BYTES + MAX_TEXT_FIELD_BYTES;

/** The files one post may carry: the case editor has one file input. */
export const MAX_FILES_PER_POST = 1;

/** The `reason` of a 400 for a body that could not be read as a form; the error page words it. */
export const UNREADABLE_FORM_REASON = "unreadable-form";
