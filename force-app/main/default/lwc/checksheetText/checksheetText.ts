/**
 * Reading documents as text: encodings, lines, whitespace, and the title/version of a preamble.
 * Shared by every parser (c/checksheetParser, c/checksheetTabular). Also the bytes of a source
 * document as the import keeps them: its SHA-256 and its base64 text.
 */
export { decodeBytes } from './decodeBytes';
export { formatMegabytes } from 'c/checksheetModel';
export type { DecodedText } from './decodeBytes';
export { splitLines, isBlank, countNonBlankLines, hasNonBlankLine } from './lines';
export { normalizeSpaces, removeBoldMarks, toAsciiDigits } from './spaces';
export { trimTrailing } from './ends';
export { describePreamble, findVersion, cleanTitleLine } from './preamble';
export type { PreambleDescription } from './preamble';
export { sha256Hex } from './sha256';
export { toBase64 } from './base64';
