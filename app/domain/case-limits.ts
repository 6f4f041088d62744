/**
 * Cases one company may hold in one category of a competition, whatever their status. Counting
 * only open drafts would bound nothing: submitting or withdrawing a case frees its place, and a
 * withdrawn case keeps its files (it can be restored). Three leaves room for a company with
 * several candidate stories while bounding its storage at 3 × 5 attachments × 10 MB per category.
 */
export const MAX_CASES_PER_CATEGORY = 3;
