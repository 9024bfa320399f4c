/**
 * An answer's text cut into plain runs and web links, so that a template can show the links as
 * anchors while every other character stays text. Nothing from a document is ever rendered as
 * HTML: the template binds each segment's text, which LWC escapes, and only `http:` and `https:`
 * addresses become links (never `javascript:`, `data:` or a relative path).
 */

export interface TextSegment {
  /** Stable key for `for:each`. */
  key: string;
  text: string;
  /** Present on a link: the address, exactly the text shown. */
  url?: string;
}

/**
 * An address runs from its scheme to the first character that cannot belong to it in running
 * text: white space, quotes, angle brackets, or Japanese punctuation and brackets. One pass,
 * no backtracking.
 */
const WEB_ADDRESS = /https?:\/\/[^\s<>"'`、。，．「」『』（）【】《》〈〉\u3000]+/gi;

/** Punctuation that ends a sentence after an address rather than belonging to it. */
const TRAILING = /[.,;:!?)\]}]/;

/**
 * The address without the punctuation at its end, found walking back (`/[.,…]+$/` would be
 * tried from every character of a long run of them).
 */
function withoutTrailingPunctuation(address: string): string {
  let end = address.length;
  while (end > 0 && TRAILING.test(address.charAt(end - 1))) end -= 1;
  return address.slice(0, end);
}

/** `text` as plain runs and links, in order; an empty text gives no segments. */
export function linkSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let from = 0;
  const push = (part: string, url?: string): void => {
    if (part === '') return;
    const key = `s${segments.length}`;
    segments.push(url === undefined ? { key, text: part } : { key, text: part, url });
  };
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const start = match.index;
    const address = withoutTrailingPunctuation(match[0]);
    // "https://" alone is no address.
    if (!/^https?:\/\/[^/]/i.test(address)) continue;
    push(text.slice(from, start));
    push(address, address);
    from = start + address.length;
  }
  push(text.slice(from));
  return segments;
}
