import { ESTIMATED_ROW_HEIGHT, gridWindow, sameWindow } from '../gridWindow';

const rows = (count: number, height = 100) => Array.from({ length: count }, () => height);

describe('gridWindow', () => {
  it('draws the rows that meet the screen and the margin, spacers for the rest', () => {
    // 25 rows of 100 px; the screen shows 1,000–1,800 of the body; 200 px of margin.
    expect(gridWindow(rows(25), 1000, 1800, 200)).toEqual({
      start: 8,
      end: 20,
      before: 800,
      after: 500
    });
  });

  it('draws from the first row when the body starts below the screen top', () => {
    // The body starts 600 px down an 800 px screen: 200 px of it shows.
    expect(gridWindow(rows(25), -600, 200, 200)).toEqual({
      start: 0,
      end: 4,
      before: 0,
      after: 2100
    });
  });

  it('uses each row its own height, and never draws nothing', () => {
    expect(gridWindow([50, 400, 50, 50], 100, 200, 0)).toEqual({
      start: 1,
      end: 2,
      before: 50,
      after: 100
    });
    // Scrolled far past the page: its last row; far above it: its first.
    expect(gridWindow(rows(5), 10_000, 10_800, 100)).toEqual({
      start: 4,
      end: 5,
      before: 400,
      after: 0
    });
    expect(gridWindow(rows(5), -10_000, -9_200, 100)).toEqual({
      start: 0,
      end: 1,
      before: 0,
      after: 400
    });
    expect(gridWindow([], 0, 800)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(ESTIMATED_ROW_HEIGHT).toBeGreaterThan(0);
  });

  it('tells a window that draws the same rows with the same spacers', () => {
    const window = gridWindow(rows(25), 0, 800, 200);
    expect(sameWindow(window, { ...window })).toBe(true);
    expect(sameWindow(undefined, window)).toBe(false);
    expect(sameWindow(window, { ...window, after: window.after + 1 })).toBe(false);
  });
});
