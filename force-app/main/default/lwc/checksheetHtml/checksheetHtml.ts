/**
 * HTML fragments as plain text. Vendors paste answers from their web pages into checksheet cells
 * (`<ul><li>○ …</li></ul>`, `<a href="…">…</a>`, `<b>2-1 内部組織</b>`); reviewers need the words
 * and the link addresses, never markup.
 *
 * Pure string code: no DOMParser, so the same module runs in Node (CLI, tests) and in the org.
 * Malformed input never throws: a `<` that does not open a tag is text, an unterminated tag at
 * the end of the input is dropped.
 */
import { containsEntity, decodeEntities } from './entities';

export { decodeEntities } from './entities';
export { linkSegments } from './textSegments';
export type { TextSegment } from './textSegments';

/** Elements that start and end a line of text. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul'
]);

/** Table cells: separated by a space within their row. */
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose content is not text a reader sees. */
const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'noscript',
  'script',
  'style',
  'template',
  'title'
]);

/**
 * Elements that run code or load another page. A checksheet is data a vendor sent, and a
 * security reviewer must see it as sent: such markup (and any tag with an `on…` event attribute
 * or a `javascript:` address) is kept as literal text — shown, never rendered — instead of being
 * dropped, so a hostile document shows as hostile.
 */
const ACTIVE_ELEMENTS: ReadonlySet<string> = new Set([
  'applet',
  'embed',
  'frame',
  'frameset',
  'iframe',
  'object',
  'script'
]);

/** An event handler attribute (`onerror=`, `onload =`) or a `javascript:` address in a tag. */
const ACTIVE_ATTRIBUTE = /(?:^|[\s"'/])on[a-z]+\s*=|javascript\s*:/i;

/** Tags `containsHtml` recognises: the ones vendors' rich-text editors write. */
const KNOWN_TAG =
  /<\/?(?:a|abbr|address|article|aside|b|base|big|blockquote|body|br|button|caption|center|cite|code|col|colgroup|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|object|ol|option|p|pre|q|s|samp|script|section|select|small|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|textarea|tfoot|th|thead|title|tr|tt|u|ul|var|wbr)(?=[\s/>])[^<>]*>|<!--/i;

/** `<https://…>` and `<mailto:…>`: an address in angle brackets (markdown autolink), not a tag. */
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>"]*)>/i;

const WHITE_SPACE = /\s/;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** True when the text holds HTML tags or character references worth converting. */
export function containsHtml(text: string): boolean {
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return false;
  return KNOWN_TAG.test(text) || containsEntity(text);
}

interface Tag {
  /** Index just after the tag. */
  end: number;
  kind: 'open' | 'close' | 'skip' | 'text';
  name: string;
  attributes: string;
  /** For kind "text": what the construct reads as. */
  text: string;
  /** The element's kinds (ACTIVE, BLOCK, CELL, HIDDEN), known with its name (see `tagName`). */
  role: number;
}

const ACTIVE = 1;
const BLOCK = 2;
const CELL = 4;
const HIDDEN = 8;

/** The kinds of the element named `name` (lower case), as bits. */
function roleOf(name: string): number {
  return (
    (ACTIVE_ELEMENTS.has(name) ? ACTIVE : 0) |
    (BLOCK_ELEMENTS.has(name) ? BLOCK : 0) |
    (CELL_ELEMENTS.has(name) ? CELL : 0) |
    (HIDDEN_ELEMENTS.has(name) ? HIDDEN : 0)
  );
}

function skip(end: number): Tag {
  return { end, kind: 'skip', name: '', attributes: '', text: '', role: 0 };
}

/*
 * Characters are tested by their code, not with a one-character regular expression each: a cell
 * of 100,000 nested tags is read tag by tag, and every test counts.
 */
function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x3a) || code === 0x2d; // 0-9 : -
}

/** White space as `\s` reads it, ASCII first. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

function readName(html: string, from: number): number {
  let index = from;
  while (index < html.length && isNameChar(html.charCodeAt(index))) index += 1;
  return index;
}

function endsTagName(code: number): boolean {
  return code === 0x2f || code === 0x3e || isWhiteSpace(code); // / >
}

/** Index just after the `>` that ends a tag opened before `from`, honouring quoted values. */
function findTagEnd(html: string, from: number): number {
  let lastSignificant = 0;
  for (let index = from; index < html.length; index += 1) {
    const code = html.charCodeAt(index);
    if (code === 0x3e) return index + 1; // >
    if ((code === 0x22 || code === 0x27) && lastSignificant === 0x3d) {
      // A quoted value after "=": its end is the same quote.
      const close = html.indexOf(code === 0x22 ? '"' : "'", index + 1);
      if (close < 0) return html.length;
      index = close;
      lastSignificant = code;
    } else if (!isWhiteSpace(code)) {
      lastSignificant = code;
    }
  }
  return html.length;
}

/**
 * The tag `readTag` returns for an element: one object, filled again for each tag (the caller is
 * done with a tag before it reads the next), since a cell of 200,000 nested tags made as many.
 */
const ELEMENT_TAG: Tag = { end: 0, kind: 'open', name: '', attributes: '', text: '', role: 0 };

/**
 * The last few tag names read, as written and lower-cased: nested markup repeats a handful of
 * names, each then taken from here instead of being cut out and lower-cased again.
 */
const RECENT_NAMES: Array<{ written: string; name: string; role: number }> = [];
const RECENT_NAMES_KEPT = 4;

/** Fills in `tag` the name (lower case) and role of the tag whose name is html[start, end). */
function nameTag(tag: Tag, html: string, start: number, end: number): void {
  for (const recent of RECENT_NAMES) {
    if (recent.written.length === end - start && html.startsWith(recent.written, start)) {
      tag.name = recent.name;
      tag.role = recent.role;
      return;
    }
  }
  const written = html.slice(start, end);
  const name = written.toLowerCase();
  const role = roleOf(name);
  if (RECENT_NAMES.unshift({ written, name, role }) > RECENT_NAMES_KEPT) RECENT_NAMES.pop();
  tag.name = name;
  tag.role = role;
}

/** The construct that starts with the `<` at `at`, or undefined when that `<` is text. */
function readTag(html: string, at: number): Tag | undefined {
  const next = html.charCodeAt(at + 1);
  // Comments, CDATA and declarations open with "<!" (or "<?"): an element needs no other test.
  if (next === 0x21 || next === 0x3f) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      return skip(close < 0 ? html.length : close + 3);
    }
    if (html.startsWith('<![CDATA[', at)) {
      const close = html.indexOf(']]>', at + 9);
      const end = close < 0 ? html.length : close;
      return {
        end: close < 0 ? end : close + 3,
        kind: 'text',
        name: '',
        attributes: '',
        text: html.slice(at + 9, end),
        role: 0
      };
    }
    const close = html.indexOf('>', at);
    return skip(close < 0 ? html.length : close + 1);
  }
  const first = next | 0x20; // lower case, for a letter
  const autolink =
    first === 0x68 || first === 0x6d ? AUTOLINK.exec(html.slice(at, at + 2048)) : null; // h m
  if (autolink) {
    return {
      end: at + autolink[0].length,
      kind: 'text',
      name: '',
      attributes: '',
      text: autolink[1],
      role: 0
    };
  }
  const closing = next === 0x2f; // /
  const nameStart = closing ? at + 2 : at + 1;
  if (!isLetter(html.charCodeAt(nameStart))) return undefined;
  // As in a browser, a tag name runs to white space, "/" or ">": "<A<b>" is one tag, not the
  // text "<A" before a <b> (which would leave "<A" and ">" to join into a tag-like "<A>").
  let nameEnd = readName(html, nameStart);
  while (nameEnd < html.length && !endsTagName(html.charCodeAt(nameEnd))) nameEnd++;
  const end = findTagEnd(html, nameEnd);
  const tag = ELEMENT_TAG;
  tag.end = end;
  tag.kind = closing ? 'close' : 'open';
  nameTag(tag, html, nameStart, nameEnd);
  tag.attributes = html.slice(nameEnd, end);
  return tag;
}

/**
 * The last attributes read, and what was found in them: nested links repeat the same ones
 * (`<a href="u">` 100,000 times), each then read once.
 */
const LAST_READ = { attributes: '', active: false, href: '' };

/** `attributeValue(attributes, 'href')`, remembered for the attributes read last. */
function hrefOf(attributes: string): string {
  if (attributes !== LAST_READ.attributes) {
    LAST_READ.attributes = attributes;
    LAST_READ.active = activeAttributes(attributes);
    LAST_READ.href = attributeValue(attributes, 'href');
  }
  return LAST_READ.href;
}

/** True when a tag's attributes hold an event handler or a `javascript:` address. */
function activeAttributes(attributes: string): boolean {
  // "on" + a letter + "=" is the shortest match: ">" and "/>" need no search.
  return attributes.length >= 4 && ACTIVE_ATTRIBUTE.test(attributes);
}

/** The value of one attribute of a tag, entities decoded; "" when absent. */
function attributeValue(attributes: string, wanted: string): string {
  ATTRIBUTE.lastIndex = 0;
  let match = ATTRIBUTE.exec(attributes);
  while (match !== null) {
    if (match[1].toLowerCase() === wanted) {
      return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
    }
    match = ATTRIBUTE.exec(attributes);
  }
  return '';
}

/** Markup that could run code: kept as literal text (see ACTIVE_ELEMENTS). */
function isActive(tag: Tag): boolean {
  if ((tag.role & ACTIVE) !== 0) return true;
  if (tag.attributes === LAST_READ.attributes) return LAST_READ.active;
  return activeAttributes(tag.attributes);
}

/** Index just after the end tag of a hidden element (`</script>`), or the end of the input. */
function skipHiddenContent(html: string, from: number, name: string): number {
  const endTag = new RegExp(`</${name}\\s*>`, 'ig');
  endTag.lastIndex = from;
  const match = endTag.exec(html);
  return match ? match.index + match[0].length : html.length;
}

/** What `collapse` changes besides the ends: a run of two spaces, or another such space. */
const COLLAPSIBLE = /[\t\f\v\r\u00a0]| {2}/;

function collapse(text: string): string {
  return COLLAPSIBLE.test(text) ? text.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim() : text.trim();
}

/** A link's address worth keeping as text: not empty, not an in-page anchor, not script. */
function isKeptAddress(href: string): boolean {
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** What a closed link adds after its text: " (address)", the address alone, or nothing. */
function linkSuffix(text: string, href: string): string {
  if (!isKeptAddress(href)) return '';
  if (text === '') return href;
  if (text === href || href === `mailto:${text}`) return '';
  return ` (${href})`;
}

/**
 * The plain text of an HTML fragment: list items and block elements on their own lines, link
 * addresses kept as text ("text (address)", or the address alone when it is the text),
 * character references decoded, every other tag dropped — except markup that could run code
 * (`<script>…</script>`, `<img onerror=…>`, `<a href="javascript:…">…</a>`), which stays as the
 * literal text it was. Lines are trimmed; empty lines are dropped.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // As in a browser, a link never holds another: an <a> closes the one still open, so each
  // link's text is read once, however deep "<a><a><a>…" goes.
  let link: { href: string; start: number; literal: boolean } | undefined;
  /** Ends the open link: its address after its text, or its literal end tag (`closing`). */
  const closeLink = (closing: string): void => {
    if (link === undefined) return;
    if (!link.literal) {
      const text = out.length === link.start + 1 ? out[link.start] : out.slice(link.start).join('');
      out.push(linkSuffix(collapse(text), link.href));
    } else if (closing !== '') out.push(closing);
    link = undefined;
  };
  const length = html.length;
  let index = 0;
  while (index < length) {
    const open = html.charCodeAt(index) === 0x3c ? index : html.indexOf('<', index); // <
    if (open < 0) {
      out.push(decodeEntities(html.slice(index)));
      break;
    }
    const tag = readTag(html, open);
    if (tag === undefined) {
      out.push(decodeEntities(html.slice(index, open + 1)));
      index = open + 1;
      continue;
    }
    if (open > index) out.push(decodeEntities(html.slice(index, open)));
    index = tag.end;
    if (tag.kind === 'text') {
      out.push(tag.text);
    } else if (tag.kind === 'open' && isActive(tag)) {
      if (tag.name === 'a') {
        closeLink('');
        link = { href: '', start: out.length, literal: true };
      }
      if ((tag.role & HIDDEN) !== 0 && !tag.attributes.endsWith('/>')) {
        index = skipHiddenContent(html, index, tag.name);
      }
      out.push(html.slice(open, index));
    } else if (tag.kind === 'close' && (tag.role & ACTIVE) !== 0) {
      out.push(html.slice(open, index));
    } else if (tag.kind === 'open' || tag.kind === 'close') {
      if ((tag.role & BLOCK) !== 0) {
        // Empty lines are dropped: a line break right after another adds nothing (but inside a
        // link, whose text is compared with its address as it is).
        if (link !== undefined || out[out.length - 1] !== '\n') out.push('\n');
      } else if ((tag.role & CELL) !== 0) {
        out.push(' ');
      } else if (tag.name === 'a' && tag.kind === 'open') {
        closeLink('');
        link = { href: hrefOf(tag.attributes), start: out.length, literal: false };
      } else if (tag.name === 'a') {
        closeLink(html.slice(open, index));
      } else if (tag.kind === 'open' && (tag.role & HIDDEN) !== 0) {
        if (!tag.attributes.endsWith('/>')) {
          index = skipHiddenContent(html, index, tag.name);
        }
      }
    }
  }
  return joinLines(out);
}

/**
 * The pieces joined, as lines: each collapsed, empty ones dropped. What
 * `out.join('').split('\n')` gives, line by line, without the whole text in between (a list of
 * 100,000 items is as many lines): a piece that is a line break ends a line, other pieces join it.
 */
function joinLines(pieces: readonly string[]): string {
  const lines: string[] = [];
  const add = (line: string): void => {
    if (line === '') return;
    const text = collapse(line);
    if (text !== '') lines.push(text);
  };
  let line = '';
  for (const piece of pieces) {
    if (piece === '\n') {
      add(line);
      line = '';
    } else if (piece.indexOf('\n') < 0) {
      line = line === '' ? piece : line + piece;
    } else {
      const parts = piece.split('\n');
      add(line + parts[0]);
      for (let index = 1; index < parts.length - 1; index += 1) add(parts[index]);
      line = parts[parts.length - 1];
    }
  }
  add(line);
  return lines.join('\n');
}
