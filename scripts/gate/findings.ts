/**
 * What every checker of the quality gate returns: findings that point at a file and line.
 */

/** A file handed to a checker: its path relative to the repository root (with `/`) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One problem the gate reports; any finding fails its step. */
export interface Finding {
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  message: string;
}

export function finding(file: string, line: number | undefined, message: string): Finding {
  return line === undefined ? { file, message } : { file, line, message };
}

/** `file:line: message`, the shape editors and CI logs turn into links. */
export function formatFinding(f: Finding): string {
  const where = f.line === undefined ? f.file : `${f.file}:${f.line}`;
  return `${where}: ${f.message}`;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) line++;
  }
  return line;
}

/** Precomputed offsets of line starts, for files with many lookups. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

/** First line (1-based) where two texts differ, or undefined when they are equal. */
export function firstDifferentLine(a: string, b: string): number | undefined {
  if (a === b) return undefined;
  const left = a.split('\n');
  const right = b.split('\n');
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    if (left[i] !== right[i]) return i + 1;
  }
  return length;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message)
  );
}
