/**
 * Three-way merge of a case edited by two colleagues at once, field by field. `base` is what the
 * editor started from (posted back by the browser; used only to decide what each side changed,
 * never for rights), `mine` what it sends, `theirs` what is stored now.
 *
 * - I did not touch the field (mine = base): the stored text stands, a colleague's edit included.
 * - Only I changed it (theirs = base): mine is taken.
 * - Both changed it to the same text: nothing to decide.
 * - Both changed it differently: a conflict for that field alone; the stored text stands until
 *   the writer chooses, and the other fields are merged regardless.
 *
 * A field without a base (an old tab, a hand-made post) cannot tell who changed it, so any
 * difference is a conflict: nothing is overwritten blindly.
 */
export type MergeOutcome<T extends Record<string, unknown>> = {
  merged: T;
  conflicts: (keyof T & string)[];
};

export function mergeFields<T extends Record<string, unknown>>(base: Partial<T>, mine: T, theirs: T): MergeOutcome<T> {
  const merged = { ...theirs };
  const conflicts: (keyof T & string)[] = [];
  for (const field of Object.keys(theirs) as (keyof T & string)[]) {
    const [original, own, stored] = [base[field], mine[field], theirs[field]];
    if (own === stored || (original !== undefined && own === original)) continue;
    if (original !== undefined && stored === original) merged[field] = own;
    else conflicts.push(field);
  }
  return { merged, conflicts };
}
