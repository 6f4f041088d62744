/**
 * Cases one company may hold in one category of a competition, whatever their status. Counting
 * only open drafts would bound nothing: submitting or withdrawing a case frees its place, and a
 * withdrawn case keeps its files (it can be restored). Three leaves room for a company with
 * several candidate stories while bounding its storage at 3 × 5 attachments × 10 MB per category.
 */
export const MAX_CASES_PER_CATEGORY = 3;

/**
 * A draft keeps a field over its limit (only submitting refuses it), so a long paste is never
 * lost while it is cut down; up to ten times the limit, beyond which a post is refused as hostile.
 */
export const DRAFT_LIMIT_FACTOR = 10;
