/**
 * Column roles chosen from the cells when the header does not name them: a column whose cells
 * are mostly item numbers ("A&A-01.1", "CLD.6.3.1.1", "1-1", "Q12") is the number, a column
 * whose cells are mostly short answer words (○, Yes, はい, Not applicable) is the mark, whatever
 * either is called. Only columns the header left without a role (extras) are considered, and only
 * for a role the header did not give. Yes / No / N/A columns named by the header stay marker
 * columns only when their cells are ticks.
 */
import type { ColumnRole } from 'c/checksheetModel';
import { splitLeadingAnswer, statusFromMark } from 'c/checksheetStatus';
import { isTick } from './answers';
import { looksLikeItemNumber } from './cells';
import type { HeaderLayout } from './columns';
import { overrideRoles } from './columns';

/** Rows below the header looked at. */
export const CONTENT_SAMPLE_ROWS = 50;

/** Share of a column's filled cells that must look like the role, and the fewest cells. */
const MAJORITY = 0.8;
const MIN_CELLS = 3;
/** Longest cell read as an answer word ("Partially implemented"). */
const WORD_MAX_LENGTH = 24;

const DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

function isItemNumber(text: string): boolean {
  return looksLikeItemNumber(text) && !DATE.test(text);
}

function isAnswerWord(text: string): boolean {
  if (text.length > WORD_MAX_LENGTH) return false;
  return statusFromMark(text) !== undefined || splitLeadingAnswer(text)?.rest === '';
}

/** The share of a column's filled cells passing `test`, or 0 with too few filled cells. */
function share(
  sample: readonly string[][],
  column: number,
  test: (text: string) => boolean
): number {
  let filled = 0;
  let passing = 0;
  for (const cells of sample) {
    const text = cells[column] ?? '';
    if (text === '') continue;
    filled += 1;
    if (test(text)) passing += 1;
  }
  return filled < MIN_CELLS ? 0 : passing / filled;
}

/** Share of the marker columns' filled cells that must be ticks for them to stay markers. */
const TICK_MAJORITY = 0.5;

/**
 * The layout without its Yes / No / N/A marker columns when their cells hold text rather than
 * ticks (a "Yes" column of explanations): they are kept as extra columns, and the mark is looked
 * for among the other columns.
 */
function confirmMarkers(layout: HeaderLayout, sample: readonly string[][]): HeaderLayout {
  const columns = Object.values(layout.markers).filter(
    (index): index is number => index !== undefined
  );
  if (columns.length === 0) return layout;
  let filled = 0;
  let ticks = 0;
  for (const cells of sample) {
    for (const column of columns) {
      const text = cells[column] ?? '';
      if (text === '') continue;
      filled += 1;
      if (isTick(text)) ticks += 1;
    }
  }
  if (filled < MIN_CELLS || ticks / filled >= TICK_MAJORITY) return layout;
  const demoted = columns.map((column) => ({ column, role: 'extra' as ColumnRole }));
  return overrideRoles(layout, demoted, 'content').layout;
}

/**
 * The columns whose cells `rolesFromContent(read, sample)` looks at: the marker columns, and the
 * extra columns when the header leaves a role to be found; none when it names the number and the
 * mark and has no marker columns. A reader need read no other cell of its sample rows (one of them
 * may hold a megabyte in its answer cell).
 */
export function sampledColumns(read: HeaderLayout): number[] {
  const markers = Object.values(read.markers).filter(
    (index): index is number => index !== undefined
  );
  if (markers.length === 0 && read.roles.number !== undefined && read.roles.mark !== undefined) {
    return [];
  }
  const extras = read.columns.filter((column) => column.role === 'extra');
  return [...new Set([...markers, ...extras.map((column) => column.index)])];
}

/**
 * The layout with the number and mark columns the cells show, when the header named none, and
 * with marker columns only when their cells are ticks (see `confirmMarkers`).
 */
export function rolesFromContent(read: HeaderLayout, sample: readonly string[][]): HeaderLayout {
  const layout = confirmMarkers(read, sample);
  const wanted: Array<[ColumnRole, (text: string) => boolean]> = [];
  if (layout.roles.number === undefined) wanted.push(['number', isItemNumber]);
  const answered =
    layout.roles.mark !== undefined ||
    Object.values(layout.markers).some((index) => index !== undefined);
  if (!answered) wanted.push(['mark', isAnswerWord]);
  if (wanted.length === 0 || sample.length === 0) return layout;
  const chosen: Array<{ column: number; role: ColumnRole }> = [];
  const taken = new Set<number>();
  for (const [role, test] of wanted) {
    const candidate = layout.columns.find(
      (column) =>
        column.role === 'extra' &&
        !taken.has(column.index) &&
        share(sample, column.index, test) >= MAJORITY
    );
    if (candidate !== undefined) {
      chosen.push({ column: candidate.index, role });
      taken.add(candidate.index);
    }
  }
  return chosen.length === 0 ? layout : overrideRoles(layout, chosen, 'content').layout;
}
