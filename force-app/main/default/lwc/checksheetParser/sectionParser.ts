/**
 * Numbered-section documents (security white papers, guidelines) as checksheets: each numbered
 * section with a body is an item (number "2.13", question = heading, answer = body); chapter
 * headings and unnumbered headings are sections; a revision-history table gives RevisionEntry
 * rows; everything before the first heading is the preamble (title, company, date, version).
 */
import { LineLedger, lineList } from 'c/checksheetModel';
import type {
  ChecksheetItem,
  ChecksheetSection,
  Diagnostic,
  LineDestination,
  ParsedChecksheet,
  RevisionEntry,
  TextEncoding
} from 'c/checksheetModel';
import { countNonBlankLines, describePreamble, splitLines } from 'c/checksheetText';
import { bodyLineText } from './markdownText';
import { compareParts } from './sectionHeadings';
import { scanSections } from './sectionScanner';
import type { Block, Heading, SourceLine } from './sectionScanner';

export interface SectionContext {
  fileName: string;
  encoding: TextEncoding;
}

/** A heading that can enclose later items: its label and its position among the blocks. */
interface Enclosure {
  label: string;
  order: number;
}

function headingLabel(heading: Heading): string {
  return heading.number === '' ? heading.title : `${heading.number} ${heading.title}`.trim();
}

function partsKey(parts: readonly number[]): string {
  return parts.join('.');
}

/** Plain text of some lines, one per line, empty ones dropped. */
function linesText(lines: readonly SourceLine[]): string[] {
  return lines.map((source) => bodyLineText(source.raw)).filter((text) => text !== '');
}

function listLines(lines: readonly number[]): string {
  if (lines.length === 2) return `lines ${lines[0]} and ${lines[1]}; both kept`;
  const head = lines.slice(0, -1).join(', ');
  return `lines ${head} and ${lines[lines.length - 1]}; all kept`;
}

/**
 * Numbered headings with no body before the first section with one, whose number comes again
 * later: a table of contents. They belong to the preamble.
 */
function tableOfContents(blocks: readonly Block[]): Set<Block> {
  const firstWithBody = blocks.findIndex(
    (block) => block.heading.number !== '' && block.body.length > 0
  );
  const toc = new Set<Block>();
  const laterNumbers = new Set<string>();
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const number = blocks[index].heading.number;
    if (index < firstWithBody && number !== '' && laterNumbers.has(number)) {
      toc.add(blocks[index]);
    }
    laterNumbers.add(number);
  }
  return toc;
}

/** Keys of every number that has a numbered heading under it ("2" when "2.1" exists). */
function parentKeys(blocks: readonly Block[]): Set<string> {
  const keys = new Set<string>();
  for (const { heading } of blocks) {
    for (let length = 1; length < heading.parts.length; length += 1) {
      keys.add(partsKey(heading.parts.slice(0, length)));
    }
  }
  return keys;
}

/** For each block, the first number part of the next numbered block after it. */
function chaptersAhead(blocks: readonly Block[]): Array<number | undefined> {
  const ahead = new Array<number | undefined>(blocks.length);
  let chapter: number | undefined;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    ahead[index] = chapter;
    const parts = blocks[index].heading.parts;
    if (parts.length > 0) chapter = parts[0];
  }
  return ahead;
}

class SectionAssembler {
  readonly ledger = new LineLedger();
  readonly items: ChecksheetItem[] = [];
  readonly sections: ChecksheetSection[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly preambleText: string[] = [];
  private readonly blocks: readonly Block[];
  private readonly parents: Set<string>;
  /** For each block, the chapter (first number part) of the next numbered block after it. */
  private readonly nextChapter: Array<number | undefined>;
  private readonly numberedByKey = new Map<string, Enclosure>();
  private readonly occurrences = new Map<string, number[]>();
  private lastUnnumbered: (Enclosure & { chapter: number | undefined }) | undefined;
  private lastNumbered: Heading | undefined;

  constructor(blocks: readonly Block[]) {
    this.blocks = blocks;
    this.parents = parentKeys(blocks);
    this.nextChapter = chaptersAhead(blocks);
  }

  record(lines: readonly SourceLine[], destination: LineDestination): void {
    for (const source of lines) this.ledger.record(source.line, destination);
  }

  addPreamble(lines: readonly SourceLine[]): void {
    this.record(lines, 'preamble');
    for (const text of linesText(lines)) this.preambleText.push(text);
  }

  assemble(): void {
    const toc = tableOfContents(this.blocks);
    this.blocks.forEach((block, order) => {
      if (toc.has(block)) {
        this.addPreamble([block.heading]);
      } else if (block.heading.number === '') {
        this.addUnnumbered(block, order);
      } else {
        this.addNumbered(block, order);
      }
    });
    this.reportDuplicates();
  }

  private addUnnumbered(block: Block, order: number): void {
    const { heading, body } = block;
    this.sections.push({
      number: '',
      title: heading.title,
      line: heading.line
    });
    this.ledger.record(heading.line, 'section');
    this.lastUnnumbered = {
      label: heading.title,
      order,
      chapter: this.nextChapter[order]
    };
    if (body.length === 0) return;
    this.preambleText.push(heading.title);
    this.addPreamble(body);
    if (this.items.length > 0) {
      const first = body[0].line;
      const last = body[body.length - 1].line;
      const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
      this.diagnostics.push({
        code: 'unnumbered_heading_text',
        params: { title: heading.title, lines: first === last ? `${first}` : `${first}–${last}` },
        line: heading.line,
        severity: 'info',
        message: `the text under the unnumbered heading "${heading.title}" (${where}) is not a numbered section; kept with the preamble`
      });
    }
  }

  private addNumbered(block: Block, order: number): void {
    const { heading, body } = block;
    this.checkOrder(heading);
    const key = partsKey(heading.parts);
    const section = this.enclosingLabel(heading.parts);
    const hasChildren = this.parents.has(key);
    if (body.length > 0) {
      this.items.push({
        number: heading.number,
        section,
        question: heading.title,
        status: 'none',
        mark: '',
        answer: linesText(body).join('\n'),
        line: heading.line
      });
      this.ledger.record(heading.line, 'item');
      this.record(body, 'item');
      if (hasChildren) this.addSection(heading);
    } else {
      this.addSection(heading);
      this.ledger.record(heading.line, 'section');
      if (!hasChildren) {
        this.diagnostics.push({
          code: 'empty_section',
          params: { number: heading.number },
          line: heading.line,
          severity: 'info',
          message: `section ${heading.number} has no text and no subsections; kept as a heading, not an item`
        });
      }
    }
    this.numberedByKey.set(key, { label: headingLabel(heading), order });
  }

  private addSection(heading: Heading): void {
    this.sections.push({
      number: heading.number,
      title: heading.title,
      line: heading.line
    });
  }

  /** The nearest heading above a number: its parent number, or the unnumbered chapter it opens. */
  private enclosingLabel(parts: readonly number[]): string {
    let numbered: Enclosure | undefined;
    for (let length = parts.length - 1; length >= 1 && !numbered; length -= 1) {
      numbered = this.numberedByKey.get(partsKey(parts.slice(0, length)));
    }
    const unnumbered = this.lastUnnumbered?.chapter === parts[0] ? this.lastUnnumbered : undefined;
    if (numbered && unnumbered) {
      return numbered.order > unnumbered.order ? numbered.label : unnumbered.label;
    }
    return (numbered ?? unnumbered)?.label ?? '';
  }

  private checkOrder(heading: Heading): void {
    const lines = this.occurrences.get(heading.number) ?? [];
    lines.push(heading.line);
    this.occurrences.set(heading.number, lines);
    const previous = this.lastNumbered;
    this.lastNumbered = heading;
    if (!previous || compareParts(heading.parts, previous.parts) >= 0) return;
    if (heading.number === previous.number) return;
    this.diagnostics.push({
      code: 'numbering_backwards',
      params: { number: heading.number, previous: previous.number, previousLine: previous.line },
      line: heading.line,
      severity: 'warning',
      message: `section ${heading.number} comes after section ${previous.number} (line ${previous.line}): the numbering goes backwards; kept in document order`
    });
  }

  private reportDuplicates(): void {
    for (const [number, lines] of this.occurrences) {
      if (lines.length < 2) continue;
      this.diagnostics.push({
        code: 'duplicate_section',
        params: { number, lines: lineList(lines), count: lines.length },
        line: lines[1],
        severity: 'warning',
        message: `section ${number} appears at ${listLines(lines)}`
      });
    }
    this.diagnostics.sort((left, right) => left.line - right.line);
  }
}

function revisionEntries(lines: ReturnType<typeof scanSections>['revisionLines']): RevisionEntry[] {
  const entries: RevisionEntry[] = [];
  for (const { line, row } of lines) {
    if (row) entries.push({ ...row, line });
  }
  return entries;
}

/** The highest version in a revision history ("1.1" after "1.0"), "" when none. */
function latestVersion(revisions: readonly RevisionEntry[]): string {
  let latest = '';
  for (const { version } of revisions) {
    if (
      latest === '' ||
      compareParts(version.split('.').map(Number), latest.split('.').map(Number)) > 0
    ) {
      latest = version;
    }
  }
  return latest;
}

/**
 * A numbered-section document as a checksheet. The result may have no items (the text had no
 * numbered section with a body); the caller decides whether that is a refusal.
 */
export function parseSections(text: string, context: SectionContext): ParsedChecksheet {
  const lines = splitLines(text);
  const scanned = scanSections(lines);
  const assembler = new SectionAssembler(scanned.blocks);
  assembler.addPreamble(scanned.preamble);
  assembler.assemble();
  assembler.record(scanned.revisionLines, 'revision');
  const revisions = revisionEntries(scanned.revisionLines);
  const described = describePreamble(scanned.preamble.map((source) => source.raw));
  return {
    title: described.title,
    version: described.version || latestVersion(revisions),
    format: 'sections',
    encoding: context.encoding,
    preamble: assembler.preambleText.join('\n'),
    sections: assembler.sections,
    items: assembler.items,
    revisions,
    diagnostics: assembler.diagnostics,
    lines: assembler.ledger.accounting(countNonBlankLines(lines)),
    fileName: context.fileName
  };
}
