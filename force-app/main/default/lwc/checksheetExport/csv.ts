/**
 * CSV that Excel opens correctly with Japanese text: UTF-8 with a byte-order mark, CRLF between
 * records, RFC 4180 quoting, and spreadsheet formulas neutralised.
 */

/** U+FEFF: tells Excel the file is UTF-8 (without it, Excel reads Shift_JIS and garbles Japanese). */
export const BOM = '\uFEFF';

/** Record separator Excel and RFC 4180 expect. */
export const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * The text a cell must hold so that no spreadsheet evaluates it: a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe.
 *
 * One exception keeps checksheets readable: a cell that is exactly "-" (the 対象外 mark, "not
 * applicable") is left as it is. A lone minus sign is not a formula: nothing follows it.
 */
export function neutralizeFormula(cell: string): string {
  if (cell === '-') return cell;
  return FORMULA_TRIGGERS.has(cell.charAt(0)) ? `'${cell}` : cell;
}

/** RFC 4180: quote a cell holding a comma, a double quote, CR or LF; double the quotes inside. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One CSV record. A record of a single empty cell is written `""` so that it is not a blank line. */
function record(row: readonly string[]): string {
  if (row.length === 1 && row[0] === '') return '""';
  return row.map((cell) => quote(neutralizeFormula(cell))).join(',');
}

/** The CSV text of a table: BOM first, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => record(row) + CRLF).join('');
}

/** The bytes of `toCsv(rows)`: UTF-8, byte-order mark included. */
export function csvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  return utf8Bytes(toCsv(rows));
}

/**
 * UTF-8 encoding, as `TextEncoder` does it (a lone surrogate becomes U+FFFD). Written out because
 * not every runtime this module runs in (Jest's jsdom among them) provides `TextEncoder`.
 */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) {
      bytes.push(code);
    } else if (code < 0x800) {
      bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    } else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f)
      );
    }
  }
  return Uint8Array.from(bytes);
}
