/**
 * Question text normalisation and the match key stored in `Checksheet_Item__c.Match_Key__c`.
 *
 * Two vendors (or two versions of one vendor's sheet) write the same question with different
 * spacing, full/half-width characters, punctuation, quotes and long-vowel marks. The normalised
 * form keeps only the characters that carry meaning: letters (Latin, kana, kanji), digits and the
 * katakana long-vowel mark inside a word.
 */

/** Dash and long-vowel look-alikes, unified before deciding whether they are a long vowel. */
const DASHES = /[\u002d\u2010-\u2015\u2212\u2500\u2501\u30fc\uff0d\uff70\ufe63]/gu;

/** A unified long-vowel mark is kept only inside a katakana word ("サーバ"), never at its end. */
const KATAKANA = /[\u30a1-\u30fa\u30fd-\u30ff]/u;

/** What survives: letters, digits, combining marks (after NFKC, rarely any) and the long vowel. */
const DROPPED = /[^\p{L}\p{N}\p{M}\u30fc]/gu;

/**
 * The question reduced to its meaning-bearing characters: NFKC (full-width Latin and digits,
 * half-width kana), lower case, no white space, punctuation, quotes, brackets or symbols
 * (Japanese 、。「」（）・ included). Dash variants become "ー"; it is kept only between katakana
 * ("サーバー" and "サーバ" both become "サーバ", "e-mail" becomes "email").
 */
export function normalizeQuestion(text: string): string {
  const unified = text.normalize('NFKC').toLowerCase().replace(DASHES, '\u30fc');
  const kept = unified.replace(DROPPED, '');
  let out = '';
  for (let i = 0; i < kept.length; i += 1) {
    const ch = kept[i];
    if (ch === '\u30fc') {
      const before = i > 0 ? kept[i - 1] : '';
      const after = i + 1 < kept.length ? kept[i + 1] : '';
      const insideKatakanaWord =
        (KATAKANA.test(before) || before === '\u30fc') && KATAKANA.test(after);
      if (!insideKatakanaWord) continue;
    }
    out += ch;
  }
  return out;
}

/** Longest match key: the length of the `Match_Key__c` text field. */
export const MATCH_KEY_MAX_LENGTH = 255;

/** Separates the kept prefix from the hash in a long key; never part of a normalised text. */
const HASH_SEPARATOR = '#';

/** Hex digits of the hash appended to a long key (64 bits). */
const HASH_LENGTH = 16;

/**
 * Two independent 32-bit FNV-1a hashes over the UTF-16 code units, as 16 hex digits. Stable across
 * runtimes (no platform crypto), so the key computed in the org equals the one computed by the CLI.
 */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ code, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return h1.toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The match key of a question: its normalised text when that fits in 255 characters; otherwise
 * the first 238 characters of it, "#", and a 16-hex-digit hash of the whole normalised text
 * (exactly 255 characters). The same question written with different spacing, width or
 * punctuation gets the same key; a key never ends in half a surrogate pair.
 */
export function matchKey(question: string): string {
  const normalized = normalizeQuestion(question);
  if (normalized.length <= MATCH_KEY_MAX_LENGTH) return normalized;
  const prefixLength = MATCH_KEY_MAX_LENGTH - HASH_SEPARATOR.length - HASH_LENGTH;
  let prefix = normalized.slice(0, prefixLength);
  const last = prefix.charCodeAt(prefix.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) prefix = prefix.slice(0, -1);
  return prefix + HASH_SEPARATOR + stableHash(normalized);
}
