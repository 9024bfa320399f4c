/**
 * Reading a Japanese party name backwards from where a phrase's anchor occurs: "…本事項は
 * Salesforceの管理範囲…" → "Salesforce" before "の管理範囲". The same names the `{party}`
 * pattern of ./rules finds (Latin words, katakana words, joined by "/", "&" or "と", with an
 * optional suffix such as 組織 or 社 before the anchor), without running a regular expression
 * over the whole answer.
 */

/** Suffixes that may stand between a name and the phrase, longest first (see ./rules). */
const SUFFIXES = ['プラットフォーム', '組織', '基盤', '環境', '社', '側'];

const NAME_START = 1;
const LATIN = 2;
const KATAKANA = 4;
const JOINER = 8;

const KINDS = new Uint8Array(0x10000);
for (let code = 0x41; code <= 0x5a; code += 1) KINDS[code] = LATIN | NAME_START;
for (let code = 0x61; code <= 0x7a; code += 1) KINDS[code] = LATIN | NAME_START;
for (let code = 0x30; code <= 0x39; code += 1) KINDS[code] = LATIN;
KINDS[0x2e] = LATIN; // .
KINDS[0x2d] = LATIN; // -
for (let code = 0x30a1; code <= 0x30f4; code += 1) KINDS[code] = KATAKANA | NAME_START;
KINDS[0x30fc] = KATAKANA; // ー
KINDS[0x30fb] = KATAKANA; // ・
for (const joiner of '/／&と') KINDS[joiner.charCodeAt(0)] = JOINER;

const SPACE = 0x20;

/** Where the name that ends at `end` begins, or `end` when no name ends there. */
function nameStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const kind = KINDS[text.charCodeAt(start - 1)];
    if ((kind & (LATIN | KATAKANA)) !== 0) {
      start -= 1;
      continue;
    }
    // A space between Latin words, a joiner between names: part of the name.
    const code = text.charCodeAt(start - 1);
    const before = start >= 2 ? KINDS[text.charCodeAt(start - 2)] : 0;
    const after = start < end ? KINDS[text.charCodeAt(start)] : 0;
    const inside =
      code === SPACE
        ? (before & LATIN) !== 0 && (after & LATIN) !== 0
        : (kind & JOINER) !== 0 &&
          (before & (LATIN | KATAKANA)) !== 0 &&
          (after & NAME_START) !== 0;
    if (!inside) break;
    start -= 1;
  }
  // A name begins with a letter (not a digit, a full stop, ー or ・).
  while (start < end && (KINDS[text.charCodeAt(start)] & NAME_START) === 0) start += 1;
  return start;
}

/**
 * The name that ends where the anchor begins (`anchorAt`), as its start and text, trying a
 * suffix before the anchor first; undefined when no name stands there.
 */
export function nameBefore(
  text: string,
  anchorAt: number
): { start: number; name: string } | undefined {
  for (const suffix of SUFFIXES) {
    const end = anchorAt - suffix.length;
    if (end > 0 && text.startsWith(suffix, end)) {
      const start = nameStart(text, end);
      if (start < end) return { start, name: text.slice(start, end) };
    }
  }
  const start = nameStart(text, anchorAt);
  return start < anchorAt ? { start, name: text.slice(start, anchorAt) } : undefined;
}
