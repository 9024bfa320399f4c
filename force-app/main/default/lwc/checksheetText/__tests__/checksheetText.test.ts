import fc from 'fast-check';
import { ChecksheetReadError } from 'c/checksheetModel';
import {
  cleanTitleLine,
  countNonBlankLines,
  decodeBytes,
  describePreamble,
  findVersion,
  formatMegabytes,
  hasNonBlankLine,
  isBlank,
  normalizeSpaces,
  splitLines,
  toAsciiDigits
} from 'c/checksheetText';
import { concat, hugeBytes, shiftJis, utf16be, utf16le, utf8, utf8WithBom } from './encodeText';

const SAMPLE =
  '# セキュリティチェックシート（サンプル）\r\nバージョン：1.2\r\n項番\t確認事項\t実施有無\r\n1-1\t情報セキュリティ方針を定めていますか\t○\r\n';

function refusal(bytes: Uint8Array, fileName = 'vendor.txt'): string {
  try {
    decodeBytes(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(ChecksheetReadError);
    return (error as Error).message;
  }
  throw new Error('expected decodeBytes to refuse the bytes');
}

describe('decodeBytes: encodings', () => {
  test.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', utf8WithBom(SAMPLE), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16le(SAMPLE), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be(SAMPLE), 'utf-16be'],
    ['Shift_JIS', shiftJis(SAMPLE), 'shift_jis']
  ])('%s decodes to the same text', (_, bytes, encoding) => {
    const decoded = decodeBytes(bytes, 'sheet.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(SAMPLE);
  });

  test('Shift_JIS with NEC special characters (CP932) decodes', () => {
    const text = '①　髙橋　～　－　№';
    const decoded = decodeBytes(shiftJis(text), 'cp932.csv');
    expect(decoded).toEqual({ text, encoding: 'shift_jis' });
  });

  test('plain ASCII is UTF-8', () => {
    expect(decodeBytes(utf8('1.1 Purpose\n'), 'a.txt').encoding).toBe('utf-8');
  });

  test('a few stray control characters do not make a file binary', () => {
    const text = `${'a'.repeat(200)}\u0001 tail`;
    expect(decodeBytes(utf8(text), 'a.txt').text).toBe(text);
  });

  test('a missing TextDecoder is an environment error, not a file error', () => {
    const saved = globalThis.TextDecoder;
    try {
      // @ts-expect-error simulating jsdom, which has no TextDecoder
      delete globalThis.TextDecoder;
      expect(() => decodeBytes(utf8('x'), 'a.txt')).toThrow(
        'TextDecoder is not available in this JavaScript environment'
      );
    } finally {
      globalThis.TextDecoder = saved;
    }
  });
});

describe('decodeBytes: refusals name the file and say what to do', () => {
  test('empty file', () => {
    expect(refusal(new Uint8Array(0), 'empty.csv')).toBe('empty.csv: the file is empty');
  });

  test('file over the size limit', () => {
    expect(refusal(hugeBytes(), 'huge.txt')).toBe(
      'huge.txt: the file is too large: 30 MB (31457280 bytes); the limit is 25 MB'
    );
  });

  test('PDF', () => {
    const pdf = concat(
      [...'%PDF-1.7\n'].map((char) => char.charCodeAt(0)),
      new Uint8Array([0, 0, 0x80, 0xff, 0])
    );
    expect(refusal(pdf, 'whitepaper.pdf')).toBe(
      'whitepaper.pdf: looks like a binary file (PDF) — export the document as text, CSV or .xlsx'
    );
  });

  test('PNG image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(refusal(png, 'scan.png')).toBe(
      'scan.png: looks like a binary file (PNG image) — export the document as text, CSV or .xlsx'
    );
  });

  test('old Office file', () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(doc, 'sheet.xls')).toContain('looks like a binary file (old Office .doc/.xls)');
  });

  test('unknown binary data with NUL bytes', () => {
    const bytes = concat([0x41, 0x42], new Uint8Array([0, 1, 2, 3]));
    expect(refusal(bytes, 'blob.dat')).toBe(
      'blob.dat: looks like a binary file, not text — export the document as text, CSV or .xlsx'
    );
  });

  test('a NUL byte far into the file', () => {
    const bytes = utf8(`${'a'.repeat(70000)}\u0000`);
    expect(refusal(bytes)).toContain('looks like a binary file, not text');
  });

  test('many control characters without NUL', () => {
    const bytes = new Uint8Array(400).map((_, index) => {
      return index % 5 === 0 ? 2 : 0x41;
    });
    expect(refusal(bytes)).toContain('looks like a binary file, not text');
  });

  test('UTF-16 text holding binary data', () => {
    expect(refusal(utf16le('ab\u0000\u0001cd'))).toContain('looks like a binary file, not text');
  });

  test('bytes that are neither UTF-8 nor Shift_JIS', () => {
    expect(refusal(new Uint8Array([0x41, 0xfd, 0xfe, 0x42]), 'latin.txt')).toBe(
      'latin.txt: cannot be read as text: it is not UTF-8, UTF-16 or Shift_JIS — save it as UTF-8 text, CSV or .xlsx'
    );
  });

  test('a UTF-8 byte-order mark over invalid UTF-8', () => {
    expect(refusal(concat([0xef, 0xbb, 0xbf], new Uint8Array([0xff, 0x41])))).toBe(
      'vendor.txt: starts with a UTF-8 byte-order mark but is not valid UTF-8 text — export the document as text, CSV or .xlsx'
    );
  });

  test('a UTF-16 byte-order mark over an odd number of bytes', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x41]))).toContain(
      'starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text'
    );
  });
});

describe('lines', () => {
  test('CRLF, CR and LF all end a line; line i is source line i + 1', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b', '']);
  });

  test('blank means whitespace only, ideographic space included', () => {
    expect(isBlank(' \t\u3000\u00a0')).toBe(true);
    expect(isBlank('　○')).toBe(false);
    expect(countNonBlankLines(['a', '', '\u3000', ' b '])).toBe(2);
  });

  test('hasNonBlankLine agrees with counting the non-blank lines, without splitting', () => {
    expect(hasNonBlankLine(' \t\r\n\u3000\u00a0\ufeff\u2028')).toBe(false);
    expect(hasNonBlankLine('\n\n　○\n')).toBe(true);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(' ', '\t', '\r', '\n', '\u3000', '\u00a0', '\u200b', '\ufeff', 'a')
        }),
        (text) => {
          expect(hasNonBlankLine(text)).toBe(countNonBlankLines(splitLines(text)) > 0);
        }
      )
    );
  });
});

describe('spaces and digits', () => {
  test('NBSP and zero-width characters are cleaned; inner U+3000 kept', () => {
    expect(normalizeSpaces('\u3000 A\u00a0B\u200bC　D \u3000')).toBe('A BC　D');
  });

  test('full-width digits become ASCII', () => {
    expect(toAsciiDigits('２．１３ 項目')).toBe('2．13 項目');
  });

  test('megabytes for messages', () => {
    expect(formatMegabytes(25 * 1024 * 1024)).toBe('25 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});

describe('describePreamble', () => {
  test('RayPen-style markdown title and dated version line', () => {
    expect(
      describePreamble([
        '',
        '# セキュリティホワイトペーパー (ホシゾラ会計)',
        '',
        'ホシゾラソフト株式会社',
        '2025年3月1日 Ver 2.1'
      ])
    ).toEqual({
      title: 'セキュリティホワイトペーパー (ホシゾラ会計)',
      version: '2.1'
    });
  });

  test('METI-style "バージョン : 1.0"', () => {
    expect(
      describePreamble(['ツキミ勤怠 セキュリティチェックシート (経産省版)', 'バージョン : 1.0'])
    ).toEqual({
      title: 'ツキミ勤怠 セキュリティチェックシート (経産省版)',
      version: '1.0'
    });
  });

  test('a version line before the title is not the title', () => {
    expect(describePreamble(['---', 'Version 2.0', '<b>"Northwind Forms"</b>'])).toEqual({
      title: 'Northwind Forms',
      version: '2.0'
    });
  });

  test('a CSV title row keeps only its first cell', () => {
    expect(describePreamble(['"Acme CAIQ answers",,,'])).toEqual({
      title: 'Acme CAIQ answers',
      version: ''
    });
  });

  test('no lines, no title', () => {
    expect(describePreamble([])).toEqual({ title: '', version: '' });
  });

  test.each([
    ['Ver 1.0', '1.0'],
    ['Ver.1.2', '1.2'],
    ['ver1.3', '1.3'],
    ['Version 2.0', '2.0'],
    ['Version: 4', '4'],
    ['第1.2版', '1.2'],
    ['第３版', '3'],
    ['2024年11月15日 Ver 1.0', '1.0'],
    ['バージョン：１．２', '1.2'],
    ['版数: 5.1', '5.1'],
    ['Rev. 7', '7'],
    ['Release v2.3.1', '2.3.1'],
    ['Salesforce 組織', ''],
    ['TLS 1.2 以上', '']
  ])('version of %j is %j', (line, version) => {
    expect(findVersion(line)).toBe(version);
  });

  test('title cleaning strips markdown, tags, bold and quotes', () => {
    expect(cleanTitleLine('## **「ホシゾラ会計」**')).toBe('ホシゾラ会計');
    expect(cleanTitleLine('<https://example.com/>')).toBe('https://example.com/');
  });
});
