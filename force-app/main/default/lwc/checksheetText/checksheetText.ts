/**
 * Reading documents as text: encodings, lines, whitespace, and the title/version of a preamble.
 * Shared by every parser (c/checksheetParser, c/checksheetTabular).
 */
export { decodeBytes } from './decodeBytes';
export { formatMegabytes } from 'c/checksheetModel';
export type { DecodedText } from './decodeBytes';
export { splitLines, isBlank, countNonBlankLines, hasNonBlankLine } from './lines';
export { normalizeSpaces, toAsciiDigits } from './spaces';
export { describePreamble, findVersion, cleanTitleLine } from './preamble';
export type { PreambleDescription } from './preamble';
