/**
 * The yardstick for the record page: the same rows as a plain HTML table, built with DOM calls on
 * the same page (no framework, no styles beyond the page's own), timed from the first call to the
 * next painted frame. Removed again after each run.
 */
import type { Page } from 'playwright-core';
import type { ChecksheetItem } from 'c/checksheetModel';

type Row = [string, string, string, string, string, string];

export async function plainTableMs(page: Page, items: readonly ChecksheetItem[]): Promise<number> {
  const rows: Row[] = items.map((item) => [
    item.number,
    item.section,
    item.question,
    item.status,
    item.mark,
    item.answer
  ]);
  return page.evaluate(
    (cells) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const table = document.createElement('table');
        const body = document.createElement('tbody');
        for (const row of cells) {
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
    rows
  );
}
