export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Above this many word pairs the table would cost too much memory: the text is shown as replaced. */
const MAX_CELLS = 4_000_000;

/**
 * Words, punctuation and the spaces between them, so joining the tokens gives back the text
 * exactly; punctuation stands alone so "time" → "time," is not shown as a replaced word.
 */
function tokens(text: string): string[] {
  return text.split(/(\s+|[.,;:!?()«»"])/).filter((token) => token !== "");
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * A word diff of two versions of a text (longest common subsequence of words and spaces): what was
 * removed from `before`, added in `after`, and kept. Joining the "same" and "removed" parts gives
 * `before`; joining "same" and "added" gives `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  // The common start and end need no table.
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const parts: DiffPart[] = [];
  if (start > 0) push(parts, "same", a.slice(0, start).join(""));
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    if (midA.length) push(parts, "removed", midA.join(""));
    if (midB.length) push(parts, "added", midB.join(""));
  } else {
    // lengths[i][j]: the longest common subsequence of midA[i..] and midB[j..].
    const width = midB.length + 1;
    const lengths = new Uint32Array((midA.length + 1) * width);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lengths[i * width + j] =
          midA[i] === midB[j]
            ? lengths[(i + 1) * width + j + 1]! + 1
            : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push(parts, "same", midA[i]!);
        i++;
        j++;
      } else if (
        i < midA.length &&
        (j === midB.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)
      ) {
        // Removed words before added ones, so a replaced word reads "old → new".
        push(parts, "removed", midA[i]!);
        i++;
      } else {
        push(parts, "added", midB[j]!);
        j++;
      }
    }
  }
  if (end > 0) push(parts, "same", a.slice(a.length - end).join(""));
  return parts;
}

export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind !== "same");
}
