/** An answer's text as plain runs and web links: `c/checksheetHtml` owns it (the compare view uses it too). */
export { linkSegments } from 'c/checksheetHtml';
export type { TextSegment } from 'c/checksheetHtml';
