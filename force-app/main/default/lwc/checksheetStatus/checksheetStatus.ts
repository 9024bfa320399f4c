/**
 * The status vocabulary: the one place that says which marks mean what.
 *
 * Vendors answer 実施有無 with marks (○ △ × -), words (YES / 一部 / 対象外) or nothing. The engine
 * keeps the mark exactly as written and normalises it to one of five statuses; the Salesforce
 * picklist `Checksheet_Item__c.Status__c` stores the matching API value.
 */

export type ItemStatus = 'implemented' | 'partial' | 'not_implemented' | 'not_applicable' | 'none';

/** In display order: best answer first. */
export const ITEM_STATUSES: readonly ItemStatus[] = [
  'implemented',
  'partial',
  'not_implemented',
  'not_applicable',
  'none'
];

/** Picklist API value of `Checksheet_Item__c.Status__c` for each status. */
export const STATUS_PICKLIST_VALUES: Readonly<Record<ItemStatus, string>> = {
  implemented: 'Implemented',
  partial: 'Partial',
  not_implemented: 'Not_Implemented',
  not_applicable: 'Not_Applicable',
  none: 'None'
};

/** Labels for exports and the command line (the org shows the picklist's translated labels). */
export const STATUS_LABELS: Readonly<Record<ItemStatus, { en: string; ja: string }>> = {
  implemented: { en: 'Implemented', ja: '実施' },
  partial: { en: 'Partial', ja: '一部実施' },
  not_implemented: { en: 'Not implemented', ja: '未実施' },
  not_applicable: { en: 'Not applicable', ja: '対象外' },
  none: { en: 'No answer', ja: '回答なし' }
};

/** Symbol marks, compared as written. */
const SYMBOL_MARKS: ReadonlyArray<[string, ItemStatus]> = [
  ['○', 'implemented'],
  ['◯', 'implemented'],
  ['〇', 'implemented'],
  ['●', 'implemented'],
  ['△', 'partial'],
  ['▲', 'partial'],
  ['×', 'not_implemented'],
  ['✕', 'not_implemented'],
  ['✗', 'not_implemented'],
  ['-', 'not_applicable'],
  ['－', 'not_applicable'],
  ['―', 'not_applicable'],
  ['ー', 'not_applicable']
];

/**
 * Word marks, compared case-insensitively (Latin) or as written (Japanese): the answers of
 * questionnaires that reply in words, Japanese and English ("はい", "対応済", "Partially
 * implemented", "Not applicable").
 */
const WORD_MARKS: ReadonlyArray<[string, ItemStatus]> = [
  ['yes', 'implemented'],
  ['y', 'implemented'],
  ['対応', 'implemented'],
  ['実施', 'implemented'],
  ['はい', 'implemented'],
  ['対応済', 'implemented'],
  ['対応済み', 'implemented'],
  ['実施済', 'implemented'],
  ['実施済み', 'implemented'],
  ['implemented', 'implemented'],
  ['一部', 'partial'],
  ['一部対応', 'partial'],
  ['一部実施', 'partial'],
  ['partial', 'partial'],
  ['partially', 'partial'],
  ['partially implemented', 'partial'],
  ['no', 'not_implemented'],
  ['n', 'not_implemented'],
  ['いいえ', 'not_implemented'],
  ['未対応', 'not_implemented'],
  ['未実施', 'not_implemented'],
  ['not implemented', 'not_implemented'],
  ['planned', 'not_implemented'],
  ['n/a', 'not_applicable'],
  ['na', 'not_applicable'],
  ['対象外', 'not_applicable'],
  ['該当なし', 'not_applicable'],
  ['非該当', 'not_applicable'],
  ['該当しない', 'not_applicable'],
  ['not applicable', 'not_applicable']
];

const MARK_TABLE: ReadonlyMap<string, ItemStatus> = new Map([...SYMBOL_MARKS, ...WORD_MARKS]);

/** The longest key of MARK_TABLE, in UTF-16 code units. */
const LONGEST_MARK = Math.max(...[...MARK_TABLE.keys()].map((key) => key.length));

const NON_SPACE = /\S/g;

/**
 * True when the text has more than `max` characters besides white space. Trimming, lower-casing
 * and collapsing white space never take one away, so such a text is no key of MARK_TABLE: it is
 * told without copying a cell of a million characters three times (and replacing every space).
 */
function hasMoreNonSpace(text: string, max: number): boolean {
  NON_SPACE.lastIndex = 0;
  for (let count = 0; count <= max; count += 1) {
    if (!NON_SPACE.test(text)) return false;
  }
  return true;
}

/** The status a mark stands for, or undefined when the text is not a mark. */
export function statusFromMark(mark: string): ItemStatus | undefined {
  // Fast path: a mark written exactly as a key ("○", "yes"), the common case, needs no
  // trimming or lower-casing (which copies the string when it is not ASCII).
  const exact = MARK_TABLE.get(mark);
  if (exact !== undefined) return exact;
  if (mark.length > LONGEST_MARK && hasMoreNonSpace(mark, LONGEST_MARK)) return undefined;
  const key = mark.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return undefined;
  return MARK_TABLE.get(key);
}

/**
 * Answer words that may open a longer answer ("Yes - see policy", "No, but …", "対応済（年1回）"),
 * longest first so that "partially implemented" is found before "partially". Single letters
 * ("Y", "N") only ever stand alone.
 */
const LEADING_WORDS: ReadonlyArray<[string, ItemStatus]> = WORD_MARKS.filter(
  ([word]) => word.length > 1
).sort((a, b) => b[0].length - a[0].length);

/** What may follow a leading answer word: nothing, a space, punctuation, a bracket, a dash. */
const WORD_END = /^(?:$|[\s\u3000,.;:!、。・/()（）［］[\]「」\-–—])/;
const SEPARATORS = /^[\s\u3000,.;:!、。・\-–—]+/;

/**
 * The answer word a text opens with, and the text after it ("Yes - see policy" → "Yes", "see
 * policy"): the leading word decides the status. Undefined when the text opens with no answer
 * word standing on its own ("Nothing to report", "実施しています").
 */
export function splitLeadingAnswer(
  text: string
): { mark: string; status: ItemStatus; rest: string } | undefined {
  const trimmed = text.replace(/^[\s\u3000]+/, '');
  const lower = trimmed.toLowerCase();
  if (lower.length !== trimmed.length) return undefined;
  for (const [word, status] of LEADING_WORDS) {
    if (!lower.startsWith(word)) continue;
    const after = trimmed.slice(word.length);
    if (!WORD_END.test(after)) continue;
    return {
      mark: trimmed.slice(0, word.length),
      status,
      rest: after.replace(SEPARATORS, '').trim()
    };
  }
  return undefined;
}

/** True when the whole text is one recognised mark. */
export function isMark(text: string): boolean {
  return statusFromMark(text) !== undefined;
}

/** Marks that may open an answer (備考) cell ("○ 情報資産が…"): symbols and unambiguous words only. */
const LEADING_MARKS: readonly string[] = [
  ...SYMBOL_MARKS.map(([mark]) => mark),
  '未対応',
  '未実施',
  '該当なし',
  '対象外',
  '一部',
  '対応',
  '実施',
  'YES',
  'Yes',
  'NO',
  'No',
  'N/A'
];

/** First characters of the leading marks: a text opening with another character has none. */
const LEADING_MARK_STARTS: ReadonlySet<string> = new Set(LEADING_MARKS.map((mark) => mark[0]));

/**
 * Splits a mark written at the start of a cell from the text after it. The mark must stand alone:
 * followed by white space or the end of the cell ("○ 当社は…" yes, "実施しています" no).
 */
export function splitLeadingMark(text: string): { mark: string; rest: string } | undefined {
  // Decided by the first character for most cells (a word that opens no mark): the leading space
  // is cut only from a cell that opens with one.
  const opening = text.charAt(0);
  if (!LEADING_MARK_STARTS.has(opening) && (opening === '' || opening.trim() !== '')) {
    return undefined;
  }
  const trimmed = text.replace(/^[\s\u3000]+/, '');
  if (!LEADING_MARK_STARTS.has(trimmed.charAt(0))) return undefined;
  for (const mark of LEADING_MARKS) {
    if (!trimmed.startsWith(mark)) continue;
    const after = trimmed.slice(mark.length);
    if (after === '' || /^[\s\u3000]/.test(after)) {
      return { mark, rest: after.replace(/^[\s\u3000]+/, '') };
    }
  }
  return undefined;
}

/**
 * The status of a cell that holds several marks ("○ … ○ …" in one list): the weakest one wins,
 * so that one × among ○ is never reported as implemented.
 */
export function combineStatuses(statuses: readonly ItemStatus[]): ItemStatus {
  const answered = statuses.filter((status) => status !== 'none');
  if (answered.length === 0) return 'none';
  const applicable = answered.filter((status) => status !== 'not_applicable');
  if (applicable.length === 0) return 'not_applicable';
  if (applicable.every((status) => status === 'implemented')) return 'implemented';
  if (applicable.every((status) => status === 'not_implemented')) return 'not_implemented';
  return 'partial';
}

/** Each status's labels as compared: Japanese, English, and both ("実施 Implemented"). */
const LABEL_TABLE: ReadonlyMap<string, ItemStatus> = new Map(
  ITEM_STATUSES.flatMap((status): [string, ItemStatus][] => {
    const { ja, en } = STATUS_LABELS[status];
    return [
      [ja, status],
      [en.toLowerCase(), status],
      [`${ja} ${en}`.toLowerCase(), status]
    ];
  })
);

/**
 * The status a label of STATUS_LABELS stands for ("一部実施 Partial", "Not applicable", "回答なし"),
 * whatever the case and spacing, the two languages apart or joined by a slash; undefined for
 * any other text.
 */
export function statusFromLabel(text: string): ItemStatus | undefined {
  const key = text.replace(/[/／]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return LABEL_TABLE.get(key);
}

/** The status for a picklist API value of `Status__c` (the reverse of STATUS_PICKLIST_VALUES). */
export function statusFromPicklistValue(value: string): ItemStatus | undefined {
  return ITEM_STATUSES.find((status) => STATUS_PICKLIST_VALUES[status] === value);
}
