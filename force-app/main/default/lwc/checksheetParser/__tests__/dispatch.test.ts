/**
 * parseChecksheet's decisions around the tabular reader, with that reader replaced by a stand-in:
 * falling back to the section parser, wrapping a workbook reader's crash, reporting unbalanced
 * line books.
 */
import { ChecksheetReadError } from 'c/checksheetModel';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import { detectTabularText, parseTabularText, parseWorkbook } from 'c/checksheetTabular';

jest.mock('c/checksheetTabular', () => ({
  // The revision vocabulary the section parser shares stays real.
  ...jest.requireActual('c/checksheetTabular'),
  detectTabularText: jest.fn(),
  parseTabularText: jest.fn(),
  parseWorkbook: jest.fn()
}));

const detect = detectTabularText as jest.Mock;
const parseText = parseTabularText as jest.Mock;
const parseBook = parseWorkbook as jest.Mock;

function tabularResult(overrides: Partial<ParsedChecksheet>): ParsedChecksheet {
  return {
    title: '',
    version: '',
    format: 'tsv',
    encoding: 'utf-8',
    preamble: '',
    sections: [],
    items: [],
    revisions: [],
    diagnostics: [],
    lines: {
      total: 1,
      accounted: 1,
      items: 0,
      sections: 0,
      preamble: 1,
      revisions: 0,
      diagnostics: 0
    },
    fileName: '',
    ...overrides
  };
}

const WHITE_PAPER = 'Acme\n\n1.1 Purpose\n\nThis paper explains.\n';
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);

afterEach(() => {
  jest.resetAllMocks();
});

test('a table header with no rows under it yields to numbered sections', () => {
  detect.mockReturnValue('tsv');
  parseText.mockReturnValue(tabularResult({}));
  const parsed = parseChecksheet({ fileName: 'a.txt', text: WHITE_PAPER });
  expect(parsed.format).toBe('sections');
  expect(parsed.items.map((item) => item.number)).toEqual(['1.1']);
  expect(parseText).toHaveBeenCalledWith(WHITE_PAPER, {
    fileName: 'a.txt',
    encoding: 'utf-8'
  });
});

test('an empty table stays the answer when there are no numbered sections either', () => {
  detect.mockReturnValue('csv');
  parseText.mockReturnValue(tabularResult({ format: 'csv' }));
  const parsed = parseChecksheet({ fileName: 'b.csv', text: 'No,Question\n' });
  expect(parsed.format).toBe('csv');
  expect(parsed.items).toEqual([]);
  expect(parsed.fileName).toBe('b.csv');
});

test('unbalanced line books are reported as an internal error, not hidden', () => {
  detect.mockReturnValue('tsv');
  parseText.mockReturnValue(
    tabularResult({
      items: [
        {
          number: '1',
          section: '',
          question: 'Q',
          status: 'none',
          mark: '',
          answer: '',
          line: 2
        }
      ],
      lines: {
        total: 3,
        accounted: 2,
        items: 1,
        sections: 0,
        preamble: 1,
        revisions: 0,
        diagnostics: 0
      }
    })
  );
  const parsed = parseChecksheet({ fileName: 'c.tsv', text: 'h\n1\tQ\nx\n' });
  expect(parsed.diagnostics).toEqual([
    {
      code: 'lines_unaccounted',
      params: { total: 3, accounted: 2 },
      line: 0,
      severity: 'error',
      message:
        'internal error: 3 non-blank lines read but 2 accounted for — please report this document'
    }
  ]);
});

test('a workbook reader crash becomes a ChecksheetReadError naming the file', () => {
  parseBook.mockImplementation(() => {
    throw new Error('Unsupported ZIP Compression method NaN');
  });
  expect(() => parseChecksheet({ fileName: 'd.xlsx', bytes: ZIP })).toThrow(
    new ChecksheetReadError(
      'd.xlsx',
      'cannot be read as an Excel workbook (.xlsx): Unsupported ZIP Compression method NaN'
    )
  );
});

test("a workbook reader's own refusal passes through unchanged", () => {
  const refusal = new ChecksheetReadError('e.xlsx', 'no sheet has a header row');
  parseBook.mockImplementation(() => {
    throw refusal;
  });
  expect(() => parseChecksheet({ fileName: 'e.xlsx', bytes: ZIP })).toThrow(refusal);
});

test('something thrown that is not an Error is still reported', () => {
  parseBook.mockImplementation(() => {
    // eslint-disable-next-line no-throw-literal -- third-party code may throw anything
    throw 'corrupt';
  });
  expect(() => parseChecksheet({ fileName: 'f.xlsx', bytes: ZIP })).toThrow(
    'f.xlsx: cannot be read as an Excel workbook (.xlsx): corrupt'
  );
});
