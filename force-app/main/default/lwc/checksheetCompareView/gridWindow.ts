/**
 * Which rows of the page the grid draws: those on screen and a margin above and below, with one
 * spacer row standing in for the rows before them and one for the rows after, each as tall as the
 * rows it replaces (measured once drawn, estimated until then). A page then costs what a screen
 * shows, whatever its rows hold, and the scroll bar stays where the whole page would put it.
 * Pure arithmetic, tested without a DOM; the component measures and scrolls.
 */

/** A row's height until it has been drawn and measured (a cell with an answer, in pixels). */
export const ESTIMATED_ROW_HEIGHT = 160;

/**
 * Pixels drawn beyond each edge of the screen: a keyboard user tabbing onward, or a small scroll,
 * always lands on rows that exist.
 */
export const OVERSCAN = 800;

/** Where the grid body starts below the component's top edge, guessed until it is drawn (header, picker, filters and the save box). */
export const GRID_OFFSET = 560;

export interface GridWindow {
  /** Rows `start` (inclusive) to `end` (exclusive) of the page are drawn. */
  start: number;
  end: number;
  /** Heights of the spacers standing in for the rows before and after them, in pixels. */
  before: number;
  after: number;
}

/**
 * The rows of a page with these heights that meet the screen, the screen given in the grid
 * body's own coordinates (`top` 0 is the first row's top edge). Always at least one row when the
 * page has any, so the grid never draws empty.
 */
export function gridWindow(
  heights: readonly number[],
  top: number,
  bottom: number,
  overscan = OVERSCAN
): GridWindow {
  const from = top - overscan;
  const to = bottom + overscan;
  let start = -1;
  let end = 0;
  let offset = 0;
  let before = 0;
  for (let row = 0; row < heights.length; row++) {
    const next = offset + heights[row];
    if (next > from && offset < to) {
      if (start === -1) {
        start = row;
        before = offset;
      }
      end = row + 1;
    }
    offset = next;
  }
  if (start === -1) {
    // Scrolled past the page (or before it): draw the row nearest to the screen.
    start = from >= offset ? Math.max(0, heights.length - 1) : 0;
    end = Math.min(heights.length, start + 1);
    before = heights.slice(0, start).reduce((sum, height) => sum + height, 0);
  }
  const drawn = heights.slice(start, end).reduce((sum, height) => sum + height, 0);
  return { start, end, before, after: Math.max(0, offset - before - drawn) };
}

/** Whether two windows draw the same rows with the same spacers. */
export function sameWindow(a: GridWindow | undefined, b: GridWindow): boolean {
  return (
    a !== undefined &&
    a.start === b.start &&
    a.end === b.end &&
    a.before === b.before &&
    a.after === b.after
  );
}
