/**
 * Lines of a document. Line i of the array is source line i + 1, whatever the line endings were
 * (CRLF, CR or LF), so every message can name the line a user sees in their editor.
 */

const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of a text, without their line endings. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** True when the line holds only whitespace (spaces, tabs, NBSP, ideographic space U+3000). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** How many lines hold something other than whitespace: the lines a parser must account for. */
export function countNonBlankLines(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) if (!isBlank(line)) count += 1;
  return count;
}

const NON_BLANK = /\S/;

/**
 * True when some line holds something other than whitespace: `countNonBlankLines(splitLines(text))
 * > 0` without splitting the text (`\S` and `trim` agree on what white space is).
 */
export function hasNonBlankLine(text: string): boolean {
  return NON_BLANK.test(text);
}
