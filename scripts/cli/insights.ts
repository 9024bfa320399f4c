/**
 * The insights step in the tool's JSON: `parse --json` gives every item, and `compare --json` every
 * cell, the four insight keys of c/checksheetInsights. Kept apart from ./commands so that the
 * output shapes there stay as they are.
 */
import type { Comparison, ComparisonCell } from 'c/checksheetCompare';
import { analyseItems } from 'c/checksheetInsights';
import type { ItemInsight } from 'c/checksheetInsights';
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';

/** The insight keys an item or a cell carries in the JSON output. */
export interface InsightOutput {
  responsibility: ItemInsight['responsibility'];
  responsibleParty: string[];
  flag: ItemInsight['flag'];
  flagReason: string;
}

export function insightOutput(insight: ItemInsight): InsightOutput {
  return {
    responsibility: insight.responsibility,
    responsibleParty: [...insight.responsibleParty],
    flag: insight.flag,
    flagReason: insight.flagReason
  };
}

/** What a comparison cell keeps of its item: enough to find the item again. */
function cellKey(
  cell: Pick<ChecksheetItem, 'line' | 'number' | 'status' | 'mark' | 'answer'>
): string {
  return [cell.line, cell.number, cell.status, cell.mark, cell.answer].join('\u0000');
}

/**
 * The comparison with every cell given its item's insight. `sheets` are the compared documents in
 * the comparison's column order.
 */
export function comparisonWithInsights(
  comparison: Comparison,
  sheets: readonly ParsedChecksheet[]
): Comparison & { rows: Array<{ cells: Array<(ComparisonCell & InsightOutput) | null> }> } {
  const byColumn = sheets.map((sheet) => {
    const insights = analyseItems(sheet.items);
    const byKey = new Map<string, ItemInsight>();
    sheet.items.forEach((item, index) => {
      const key = cellKey(item);
      if (!byKey.has(key)) byKey.set(key, insights[index]);
    });
    return byKey;
  });
  return {
    ...comparison,
    rows: comparison.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, column) => {
        const insight = cell === null ? undefined : byColumn[column]?.get(cellKey(cell));
        return cell === null || insight === undefined
          ? cell
          : { ...cell, ...insightOutput(insight) };
      })
    }))
  } as Comparison & { rows: Array<{ cells: Array<(ComparisonCell & InsightOutput) | null> }> };
}
