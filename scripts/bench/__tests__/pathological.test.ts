import { ChecksheetReadError } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import { countNonBlankLines, splitLines } from 'c/checksheetText';
import { PATHOLOGICAL_SHAPES } from '../pathological';

describe('worst-case shapes of the benchmark', () => {
  it('have distinct names and grow with the size asked for', () => {
    const names = PATHOLOGICAL_SHAPES.map((shape) => shape.name);
    expect(new Set(names).size).toBe(names.length);
    for (const shape of PATHOLOGICAL_SHAPES) {
      expect(shape.text(20000).length).toBeGreaterThan(shape.text(1000).length + 15000);
    }
  });

  it.each(PATHOLOGICAL_SHAPES.map((shape) => [shape.name, shape] as const))(
    '%s is read or refused, every non-blank line accounted for',
    (_, shape) => {
      const text = shape.text(2000);
      const total = countNonBlankLines(splitLines(text));
      let lines: unknown = { total, accounted: total };
      try {
        lines = parseChecksheet({ fileName: 'worst.txt', text }).lines;
      } catch (error) {
        if (!(error instanceof ChecksheetReadError)) throw error;
      }
      expect(lines).toMatchObject({ total, accounted: total });
    }
  );
});
