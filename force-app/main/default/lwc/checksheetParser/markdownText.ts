/**
 * Body lines of a white paper as plain text. Documents exported from word processors to markdown
 * carry `<https://…>` autolinks, `[text](address)` links, `**bold**`, backslash escapes and hard
 * breaks (two trailing spaces); some carry HTML fragments. Reviewers need the words and the
 * addresses. List bullets and tab-separated table rows are kept as written.
 */
import { containsHtml, htmlToText } from 'c/checksheetHtml';
import { normalizeSpaces, removeBoldMarks } from 'c/checksheetText';

const RULE = /^(?:[-*_=~]\s*){3,}$/;
/*
 * Neither a link's text nor its address holds a "[" (as in CommonMark, "[a [b](u)" is "[a " and a
 * link): a search that fails then stops at the next "[", where the next search starts, so a line
 * of thousands of "[" or "[a](" is read in one pass, not once from each of them.
 */
const IMAGE = /!\[([^[\]]*)\]\(([^)\s[]*)(?:\s[^)[]*)?\)/g;
const LINK = /\[([^[\]]+)\]\(([^)\s[]+)(?:\s+"[^"[]*")?\)/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/gi;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>|~])/g;

/** `[text](address)` as the reader needs it: the address alone when it is the text, else "text (address)". */
function linkText(text: string, address: string): string {
  const bare = text.replace(/\\/g, '');
  const target = address.replace(/^mailto:/i, '');
  if (bare === address || bare === target) return target;
  return `${bare} (${target})`;
}

/** A markdown heading's text inside a body ("#### 補足" → "補足"). */
function withoutHeadingMarks(text: string): string {
  return text.replace(/^#{1,6}\s+/, '');
}

/**
 * The plain text of one body line; "" for a horizontal rule. An HTML fragment may become several
 * lines, joined with "\n".
 */
export function bodyLineText(line: string): string {
  let text = normalizeSpaces(line).replace(/\\$/, '').trimEnd();
  if (RULE.test(text)) return '';
  text = removeBoldMarks(
    withoutHeadingMarks(text)
      .replace(IMAGE, (_, alt: string) => alt)
      .replace(LINK, (_, label: string, address: string) => linkText(label, address))
      .replace(AUTOLINK, (_, address: string) => address.replace(/^mailto:/i, ''))
  ).replace(ESCAPE, '$1');
  if (containsHtml(text)) text = htmlToText(text);
  return text.trim();
}
