import { BOM, csvBytes, neutralizeFormula, toCsv, utf8Bytes } from 'c/checksheetExport';

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

describe('toCsv', () => {
  it('writes a small Japanese table as Excel expects it, byte for byte', () => {
    const bytes = csvBytes([
      ['項番', '備考'],
      ['1-1', '当社は、"ISMS"を取得'],
      ['1-2', '一行目\n二行目']
    ]);
    const expected = [
      'ef bb bf', // BOM
      'e9 a0 85 e7 95 aa 2c e5 82 99 e8 80 83 0d 0a', // 項番,備考 CRLF
      // 1-1,"当社は、""ISMS""を取得" CRLF
      '31 2d 31 2c 22 e5 bd 93 e7 a4 be e3 81 af e3 80 81 22 22 49 53 4d 53 22 22 e3 82 92 e5 8f 96 e5 be 97 22 0d 0a',
      // 1-2,"一行目 LF 二行目" CRLF
      '31 2d 32 2c 22 e4 b8 80 e8 a1 8c e7 9b ae 0a e4 ba 8c e8 a1 8c e7 9b ae 22 0d 0a'
    ].join(' ');
    expect(hex(bytes)).toBe(expected);
  });

  it('starts with the byte-order mark and ends every record with CRLF', () => {
    const text = toCsv([['a'], ['b']]);
    expect(text.charAt(0)).toBe(BOM);
    expect(text).toBe('\uFEFFa\r\nb\r\n');
  });

  it('quotes cells holding a comma, a quote, CR or LF, and only those', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ry', 'p\nq', 'plain']])).toBe(
      '\uFEFF"a,b","say ""hi""","x\ry","p\nq",plain\r\n'
    );
  });

  it('writes a row of one empty cell as "" so that it is not read as a blank line', () => {
    expect(toCsv([['a'], [''], ['', '']])).toBe('\uFEFFa\r\n""\r\n,\r\n');
  });

  it('writes only the byte-order mark for an empty table', () => {
    expect(toCsv([])).toBe(BOM);
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+81 3 1234', "'+81 3 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['--', "'--"]
  ])('puts an apostrophe before %j', (cell, neutral) => {
    expect(neutralizeFormula(cell)).toBe(neutral);
  });

  it('keeps the lone 対象外 mark "-" readable', () => {
    expect(neutralizeFormula('-')).toBe('-');
    expect(toCsv([['6-18', '-']])).toBe('\uFEFF6-18,-\r\n');
  });

  it.each(['○', '1-1', 'a=b', ' =1', '', '－'])('leaves %j alone', (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(toCsv([['=A1,B1', '\r\nx']])).toBe('\uFEFF"\'=A1,B1","\'\r\nx"\r\n');
  });
});

describe('utf8Bytes', () => {
  it('encodes one-, two-, three- and four-byte characters', () => {
    expect(hex(utf8Bytes('a\u00e9○\u{20BB7}'))).toBe('61 c3 a9 e2 97 8b f0 a0 ae b7');
  });

  it('replaces a lone surrogate with U+FFFD, as TextEncoder does', () => {
    expect(hex(utf8Bytes('\ud800x'))).toBe('ef bf bd 78');
  });

  it('agrees with Buffer on Japanese text', () => {
    const text = '経営陣によって承認された情報セキュリティ基本方針（ISMS）△×－';
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(Buffer.from(text, 'utf8')));
  });
});
