/**
 * Diagnostics of one parse, in line order. A problem repeated on many rows (every row of a
 * 5,000-row sheet has an extra column) is reported for the first rows and then summarised once,
 * so that the reviewer reads a list, not a flood.
 */
import type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticParams,
  DiagnosticSeverity
} from 'c/checksheetModel';
import { lineList } from 'c/checksheetModel';
import { formatLines } from './cells';

/** Rows reported one by one for each kind of problem before the summary. */
const PER_KIND = 20;

export class DiagnosticLog {
  private readonly entries: Diagnostic[] = [];
  private readonly counts = new Map<DiagnosticCode, number>();
  private readonly overflow = new Map<
    DiagnosticCode,
    { severity: DiagnosticSeverity; lines: number[] }
  >();
  /** The workbook sheet the findings are about, if any: set on each of them. */
  private readonly sheet: string | undefined;

  constructor(sheet?: string) {
    this.sheet = sheet;
  }

  /**
   * Records a finding: its code, its line (0: the whole document), its parameters and its English
   * message (which never repeats the line). Findings of one code beyond the first ones are
   * summarised once.
   */
  add(
    code: DiagnosticCode,
    line: number,
    severity: DiagnosticSeverity,
    params: DiagnosticParams,
    message: string
  ): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= PER_KIND) {
      this.entries.push(this.tagged({ code, params, line, severity, message }));
      return;
    }
    const overflow = this.overflow.get(code) ?? { severity, lines: [] };
    overflow.lines.push(line);
    this.overflow.set(code, overflow);
  }

  private tagged(diagnostic: Diagnostic): Diagnostic {
    if (this.sheet !== undefined) diagnostic.sheet = this.sheet;
    return diagnostic;
  }

  /** Every finding, sorted by line (whole-document findings first). */
  list(): Diagnostic[] {
    const summaries: Diagnostic[] = [];
    for (const [finding, { severity, lines }] of this.overflow) {
      summaries.push(
        this.tagged({
          code: 'repeated_finding',
          params: { finding, lines: lineList(lines), count: lines.length, shown: PER_KIND },
          line: lines[0],
          severity,
          message: `${lines.length} more rows (lines ${formatLines(lines)}) with the finding ${finding}, as reported above for the first ${PER_KIND} rows`
        })
      );
    }
    return [...this.entries, ...summaries]
      .map((entry, order) => ({ entry, order }))
      .sort((a, b) => a.entry.line - b.entry.line || a.order - b.order)
      .map(({ entry }) => entry);
  }
}
