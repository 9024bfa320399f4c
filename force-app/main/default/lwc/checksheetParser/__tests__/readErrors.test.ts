/**
 * Documents that cannot be read at all are refused with a ChecksheetReadError whose code (and
 * parameters) the import wizard renders through a custom label.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { ChecksheetReadError } from 'c/checksheetModel';
import type { ReadErrorCode } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';

function refusal(read: () => unknown): ChecksheetReadError {
  try {
    read();
  } catch (error) {
    if (error instanceof ChecksheetReadError) return error;
    throw error;
  }
  throw new Error('the document was read');
}

// jsdom lacks the decoder the parser uses at call time: Node's is lent to it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const bytes = (values: number[]) => new Uint8Array(values);

describe('refusals carry a code', () => {
  it.each<[string, () => unknown, ReadErrorCode, Record<string, unknown>]>([
    ['an empty paste', () => parseChecksheet({ fileName: '', text: '  \n' }), 'empty', {}],
    ['an empty file', () => parseChecksheet({ fileName: 'a.csv', bytes: bytes([]) }), 'empty', {}],
    [
      'a PDF',
      () => parseChecksheet({ fileName: 'a.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n') }),
      'binary_kind',
      { kind: 'PDF' }
    ],
    [
      'bytes that are no text encoding',
      () =>
        parseChecksheet({ fileName: 'a.txt', bytes: bytes([0x82, 0xa0, 0xff, 0xfe, 0x41, 0x80]) }),
      'undecodable',
      {}
    ],
    [
      'prose',
      () => parseChecksheet({ fileName: 'memo.txt', text: 'ただのメモです。\n表はありません。' }),
      'unknown_format',
      {}
    ],
    [
      'a workbook without SheetJS',
      () => parseChecksheet({ fileName: 'a.xlsx', bytes: bytes([0x50, 0x4b, 0x03, 0x04, 0]) }),
      'no_spreadsheet_library',
      {}
    ]
  ])('%s', (_what, read, code, params) => {
    const error = refusal(read);
    expect(error.code).toBe(code);
    expect(error.params).toEqual(params);
  });
});
