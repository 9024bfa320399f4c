/**
 * First pass over a numbered-section document: splits the lines into the preamble, heading
 * blocks (a heading and the body lines under it) and the revision history. Every non-blank line
 * lands in exactly one of the three; the section parser then decides what each block is.
 */
import { isBlank, normalizeSpaces, removeBoldMarks } from 'c/checksheetText';
import { isNextInSequence, isPlausibleTitle, readHeadingCandidate } from './sectionHeadings';
import type { HeadingCandidate } from './sectionHeadings';
import { isRevisionHeaderRow, isRevisionHeading, readRevisionRow } from './revisionHistory';
import type { RevisionRow } from './revisionHistory';

export interface SourceLine {
  /** 1-based source line. */
  line: number;
  raw: string;
}

export interface Heading extends HeadingCandidate, SourceLine {}

export interface Block {
  heading: Heading;
  body: SourceLine[];
}

export interface RevisionLine extends SourceLine {
  row?: RevisionRow;
}

export interface ScannedDocument {
  preamble: SourceLine[];
  blocks: Block[];
  revisionLines: RevisionLine[];
}

/** Longest unnumbered line taken as a chapter heading ("はじめに", "Introduction"). */
const MAX_UNNUMBERED_TITLE = 40;

class SectionScanner {
  private readonly lines: readonly string[];
  private readonly preamble: SourceLine[] = [];
  private readonly blocks: Block[] = [];
  private readonly revisionLines: RevisionLine[] = [];
  private current: Block | undefined;
  private inRevisions = false;
  private seenFirstLine = false;
  private previousBlank = true;
  private lastParts: number[] | undefined;
  private maxTop = 0;
  private readonly seenTop = new Set<number>();
  /** Numbers of headings that had no body (a table of contents lists them again later). */
  private readonly bodiless = new Set<string>();
  /** The last "3 …" line read as a list item rather than a chapter, in the open block. */
  private listNumber: number | undefined;

  constructor(lines: readonly string[]) {
    this.lines = lines;
  }

  scan(): ScannedDocument {
    this.lines.forEach((raw, index) => {
      if (isBlank(raw)) {
        this.previousBlank = true;
        return;
      }
      this.take({ line: index + 1, raw }, index);
      this.previousBlank = false;
      this.seenFirstLine = true;
    });
    return {
      preamble: this.preamble,
      blocks: this.blocks,
      revisionLines: this.revisionLines
    };
  }

  private take(source: SourceLine, index: number): void {
    const candidate = readHeadingCandidate(source.raw);
    if (!this.seenFirstLine && candidate?.style === 'markdown' && candidate.number === '') {
      this.preamble.push(source); // "# Security white paper": the document's title
      return;
    }
    if (this.startsRevisions(source.raw)) {
      this.inRevisions = true;
      this.current = undefined;
      this.revisionLines.push(source);
      return;
    }
    if (this.inRevisions) {
      const row = readRevisionRow(source.raw);
      if (row) {
        this.revisionLines.push({ ...source, row });
        return;
      }
    }
    const heading = this.acceptHeading(candidate, source, index);
    if (heading) {
      this.open(heading);
    } else if (this.inRevisions) {
      this.revisionLines.push(source);
    } else if (this.current) {
      this.current.body.push(source);
    } else {
      this.preamble.push(source);
    }
  }

  private startsRevisions(raw: string): boolean {
    if (isRevisionHeading(raw)) return true;
    if (this.inRevisions) return false;
    return isRevisionHeaderRow(raw);
  }

  private open(heading: Heading): void {
    if (this.current && this.current.body.length === 0) {
      this.bodiless.add(this.current.heading.number);
    }
    this.inRevisions = false;
    this.listNumber = undefined;
    this.current = { heading, body: [] };
    this.blocks.push(this.current);
    if (heading.parts.length > 0) {
      this.lastParts = heading.parts;
      this.seenTop.add(heading.parts[0]);
      this.maxTop = Math.max(this.maxTop, heading.parts[0]);
    }
  }

  /** The first component of a number is at most two chapters ahead of the highest seen. */
  private isNearChapter(parts: readonly number[]): boolean {
    return parts[0] <= this.maxTop + 2;
  }

  private acceptHeading(
    candidate: HeadingCandidate | undefined,
    source: SourceLine,
    index: number
  ): Heading | undefined {
    if (!candidate) return this.acceptUnnumbered(source, index);
    const heading: Heading = { ...candidate, ...source };
    switch (candidate.style) {
      case 'markdown':
        return this.isSubheading(candidate) ? undefined : heading;
      case 'chapter':
      case 'bold':
        return heading;
      case 'list':
        return this.isNearChapter(candidate.parts) ? heading : undefined;
      default:
        return this.acceptBare(heading);
    }
  }

  /** An unnumbered markdown heading deeper than the numbered one it sits under is part of its body. */
  private isSubheading(candidate: HeadingCandidate): boolean {
    const open = this.current?.heading;
    return (
      candidate.number === '' &&
      open !== undefined &&
      open.style === 'markdown' &&
      open.number !== '' &&
      candidate.level > open.level
    );
  }

  /**
   * A bare "2.13 ログに関する情報" is a heading when it starts a paragraph or continues the
   * numbering; a bare "3 …" must also be the next chapter, not an item of a numbered list in a
   * body ("1. …" / "2. …" on consecutive lines).
   */
  private acceptBare(heading: Heading): Heading | undefined {
    const parts = heading.parts;
    const placed = this.previousBlank || isNextInSequence(this.lastParts, parts);
    if (parts.length > 1) {
      return placed && this.isNearChapter(parts) ? heading : undefined;
    }
    const continuesList = !this.previousBlank && this.listNumber === parts[0] - 1;
    const repeatsContents = this.previousBlank && this.bodiless.has(heading.number);
    const nextChapter = parts[0] > this.maxTop && this.isNearChapter(parts);
    if (placed && !continuesList && (nextChapter || repeatsContents)) {
      return heading;
    }
    this.listNumber = parts[0];
    return undefined;
  }

  /**
   * A short line on its own ("はじめに") is a chapter heading when the next non-blank line starts
   * a chapter not seen yet (1.1 with no "1" heading before it).
   */
  private acceptUnnumbered(source: SourceLine, index: number): Heading | undefined {
    if (!this.previousBlank || !this.seenFirstLine) return undefined;
    if (index + 1 < this.lines.length && !isBlank(this.lines[index + 1])) {
      return undefined;
    }
    const title = removeBoldMarks(normalizeSpaces(source.raw));
    if (
      title.length > MAX_UNNUMBERED_TITLE ||
      /^[\d\-*+・•]/.test(title) ||
      !isPlausibleTitle(title)
    ) {
      return undefined;
    }
    let next = index + 1;
    while (next < this.lines.length && isBlank(this.lines[next])) next += 1;
    const following = next < this.lines.length ? readHeadingCandidate(this.lines[next]) : undefined;
    if (!following || following.parts.length < 2) return undefined;
    const [chapter, ...rest] = following.parts;
    const startsChapter =
      rest.every((part) => part === 1) &&
      !this.seenTop.has(chapter) &&
      this.isNearChapter(following.parts);
    if (!startsChapter) return undefined;
    return {
      style: 'bare',
      level: 0,
      number: '',
      parts: [],
      title,
      ...source
    };
  }
}

/** Splits the lines of a numbered-section document into preamble, heading blocks and revision history. */
export function scanSections(lines: readonly string[]): ScannedDocument {
  return new SectionScanner(lines).scan();
}
