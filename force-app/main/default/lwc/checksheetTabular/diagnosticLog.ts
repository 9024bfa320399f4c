/**
 * Diagnostics of one parse, in line order. A problem repeated on many rows (every row of a
 * 5,000-row sheet has an extra column) is reported for the first rows and then summarised once,
 * so that the reviewer reads a list, not a flood.
 */
import type { Diagnostic, DiagnosticSeverity } from 'c/checksheetModel';
import { formatLines } from './cells';

/** Rows reported one by one for each kind of problem before the summary. */
const PER_KIND = 20;

export class DiagnosticLog {
  private readonly entries: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();
  private readonly overflow = new Map<string, { severity: DiagnosticSeverity; lines: number[] }>();
  /** The workbook sheet the findings are about, if any: set on each of them. */
  private readonly sheet: string | undefined;

  constructor(sheet?: string) {
    this.sheet = sheet;
  }

  /**
   * Records a finding. `kind` names the problem in a few words ("extra cells"); findings of one
   * kind beyond the first ones are summarised under that name.
   */
  add(kind: string, line: number, severity: DiagnosticSeverity, message: string): void {
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count <= PER_KIND) {
      this.entries.push(this.tagged({ line, severity, message }));
      return;
    }
    const overflow = this.overflow.get(kind) ?? { severity, lines: [] };
    overflow.lines.push(line);
    this.overflow.set(kind, overflow);
  }

  private tagged(diagnostic: Diagnostic): Diagnostic {
    if (this.sheet !== undefined) diagnostic.sheet = this.sheet;
    return diagnostic;
  }

  /** Every finding, sorted by line (whole-document findings first). */
  list(): Diagnostic[] {
    const summaries: Diagnostic[] = [];
    for (const [kind, { severity, lines }] of this.overflow) {
      summaries.push(
        this.tagged({
          line: lines[0],
          severity,
          message: `lines ${formatLines(lines)}: ${kind}, as reported above for the first ${PER_KIND} rows`
        })
      );
    }
    return [...this.entries, ...summaries]
      .map((entry, order) => ({ entry, order }))
      .sort((a, b) => a.entry.line - b.entry.line || a.order - b.order)
      .map(({ entry }) => entry);
  }
}
