/**
 * The yardstick for a page of the package: the same cells as a plain HTML table, built with DOM
 * calls on the same page (no framework, no styles beyond the page's own), timed from the first
 * call to the next painted frame. Removed again after each run.
 */
import type { Page } from 'playwright-core';
import type { ChecksheetItem } from 'c/checksheetModel';

/** The cells a record page shows of each item: number, section, question, status, mark, answer. */
export function itemCells(items: readonly ChecksheetItem[]): string[][] {
  return items.map((item) => [
    item.number,
    item.section,
    item.question,
    item.status,
    item.mark,
    item.answer
  ]);
}

export async function plainTableMs(
  page: Page,
  cells: readonly (readonly string[])[]
): Promise<number> {
  return page.evaluate(
    (rows) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const table = document.createElement('table');
        const body = document.createElement('tbody');
        for (const row of rows) {
          const tr = document.createElement('tr');
          for (const cell of row) {
            const td = document.createElement('td');
            td.textContent = cell;
            tr.appendChild(td);
          }
          body.appendChild(tr);
        }
        table.appendChild(body);
        document.body.appendChild(table);
        requestAnimationFrame(() =>
          setTimeout(() => {
            const end = performance.now();
            table.remove();
            resolve(end - start);
          }, 0)
        );
      }),
    cells as string[][]
  );
}
