/**
 * Metadata XML as a small element tree that remembers the line of every element.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { LineIndex } from './findings';

export interface XmlElement {
  name: string;
  line: number;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content of this element (trimmed), without its children's text. */
  text: string;
}

export type XmlParseResult =
  { ok: true; root: XmlElement } | { ok: false; line: number; message: string };

const ATTRIBUTE_PREFIX = '@_';
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: OrderedNode, lines: LineIndex): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name === '#text' || name.startsWith('?')) return undefined;
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node[':@'] ?? {})) {
    attributes[key.startsWith(ATTRIBUTE_PREFIX) ? key.slice(ATTRIBUTE_PREFIX.length) : key] =
      String(value);
  }
  const children: XmlElement[] = [];
  const texts: string[] = [];
  for (const child of (node[name] as OrderedNode[] | undefined) ?? []) {
    if ('#text' in child) {
      texts.push(String(child['#text']));
      continue;
    }
    const element = toElement(child, lines);
    if (element) children.push(element);
  }
  return {
    name,
    line: meta?.startIndex === undefined ? 1 : lines.lineAt(meta.startIndex),
    attributes,
    children,
    text: texts.join('').trim()
  };
}

/** Parses one XML document; a malformed document gives the line of the first error. */
export function parseXml(text: string): XmlParseResult {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    return {
      ok: false,
      line: valid.err.line,
      message: `malformed XML: ${valid.err.msg}`
    };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true
  });
  const nodes = parser.parse(text) as OrderedNode[];
  const lines = new LineIndex(text);
  const elements = nodes
    .map((node) => toElement(node, lines))
    .filter((e): e is XmlElement => e !== undefined);
  if (elements.length !== 1) {
    return {
      ok: false,
      line: 1,
      message: `malformed XML: expected one root element, found ${elements.length}`
    };
  }
  return { ok: true, root: elements[0] };
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Text of the first direct child named `name`. */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}

/** Every element under `element` (depth first), itself included. */
export function descendants(element: XmlElement): XmlElement[] {
  const all: XmlElement[] = [element];
  for (const child of element.children) all.push(...descendants(child));
  return all;
}
