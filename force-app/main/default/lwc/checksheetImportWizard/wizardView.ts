/**
 * What the import wizard shows, made from the engine's reading and the import's results: pure
 * functions tested without a DOM. Every word comes from `c/checksheetLabels`; every text from the
 * document is passed on as data and rendered by the template as text, never as HTML.
 */
import type { ChecksheetApiError, ImportItem, ImportWarning } from 'c/checksheetApi';
import type {
  ColumnRole,
  ColumnRoleOverride,
  Diagnostic,
  DocumentFormat,
  LineAccounting,
  ParsedChecksheet,
  TableReading
} from 'c/checksheetModel';
import { COLUMN_ROLES, formatMegabytes } from 'c/checksheetModel';
import type { FrameworkValue } from 'c/checksheetSchema';
import { FRAMEWORK_VALUES } from 'c/checksheetSchema';
import { LABELS, diagnosticText, formatLabel } from 'c/checksheetLabels';
import type { ListItem } from 'c/checksheetItemList';

export interface Option {
  value: string;
  label: string;
}

export const ROLE_TEXT: Readonly<Record<ColumnRole, string>> = Object.freeze({
  number: LABELS.Column_Role_Number,
  section: LABELS.Column_Role_Section,
  question: LABELS.Column_Role_Question,
  mark: LABELS.Column_Role_Mark,
  answer: LABELS.Column_Role_Answer,
  yes: LABELS.Column_Role_Yes,
  partial: LABELS.Column_Role_Partial,
  no: LABELS.Column_Role_No,
  na: LABELS.Column_Role_Na,
  extra: LABELS.Column_Role_Extra,
  ignored: LABELS.Column_Role_Ignored
});

export const FORMAT_TEXT: Readonly<Record<DocumentFormat, string>> = Object.freeze({
  meti: LABELS.Format_Meti,
  sections: LABELS.Format_Sections,
  csv: LABELS.Format_Csv,
  tsv: LABELS.Format_Tsv,
  xlsx: LABELS.Format_Xlsx,
  caiq: LABELS.Format_Caiq,
  markdown: LABELS.Format_Markdown
});

export const FRAMEWORK_TEXT: Readonly<Record<FrameworkValue, string>> = Object.freeze({
  METI_Cloud_2013: LABELS.Framework_METI_Cloud_2013,
  Security_White_Paper: LABELS.Framework_Security_White_Paper,
  CAIQ_v4: LABELS.Framework_CAIQ_v4,
  Custom: LABELS.Framework_Custom
});

export function roleOptions(): Option[] {
  return COLUMN_ROLES.map((role) => ({ value: role, label: ROLE_TEXT[role] }));
}

export function frameworkOptions(): Option[] {
  return FRAMEWORK_VALUES.map((value) => ({ value, label: FRAMEWORK_TEXT[value] }));
}

/** "report.csv: CSV, utf-8" — the name (or "Pasted text"), the detected format and encoding. */
export function detectedText(
  parsed: Pick<ParsedChecksheet, 'fileName' | 'format' | 'encoding'>
): string {
  return formatLabel(
    LABELS.Wizard_Detected,
    parsed.fileName || LABELS.Wizard_Pasted_Text,
    FORMAT_TEXT[parsed.format],
    parsed.encoding
  );
}

/** "128 lines: 70 items, 12 sections, 20 preamble, … 0 unaccounted". */
export function lineAccountingText(lines: LineAccounting): string {
  return formatLabel(
    LABELS.Wizard_Line_Accounting,
    lines.total,
    lines.items,
    lines.sections,
    lines.preamble,
    lines.revisions,
    lines.diagnostics,
    lines.total - lines.accounted
  );
}

export interface FindingRow {
  key: string;
  /** "Line 12", "Sheet1, row 12" or "Whole document". */
  where: string;
  text: string;
  severity: Diagnostic['severity'];
  /** SLDS icon of the severity. */
  iconName: string;
}

const SEVERITY_ICONS: Readonly<Record<Diagnostic['severity'], string>> = {
  error: 'utility:error',
  warning: 'utility:warning',
  info: 'utility:info'
};

export function whereText(diagnostic: Pick<Diagnostic, 'line' | 'sheet'>): string {
  if (diagnostic.line <= 0) return diagnostic.sheet ?? LABELS.Wizard_Whole_Document;
  return diagnostic.sheet
    ? formatLabel(LABELS.Wizard_Sheet_Line, diagnostic.sheet, diagnostic.line)
    : formatLabel(LABELS.Wizard_Line, diagnostic.line);
}

/** Every diagnostic with where it is, in the user's language, in document order. */
export function findingRows(diagnostics: readonly Diagnostic[]): FindingRow[] {
  return diagnostics.map((diagnostic, index) => ({
    key: `finding-${index}`,
    where: whereText(diagnostic),
    text: diagnosticText(diagnostic),
    severity: diagnostic.severity,
    iconName: SEVERITY_ICONS[diagnostic.severity]
  }));
}

export interface ColumnView {
  key: string;
  /** The table's sheet ('' for a text table): the override names it. */
  sheet: string;
  index: number;
  /** The combobox's label: the column's position and header as written. */
  label: string;
  role: ColumnRole;
  /** The reviewer changed this column's role. */
  changed: boolean;
}

export interface TableView {
  key: string;
  title: string;
  columns: ColumnView[];
}

/** One entry per table read, with a role combobox per column (spreadsheets, CSV, TSV). */
export function tableViews(tables: readonly TableReading[] | undefined): TableView[] {
  return (tables ?? []).map((table, tableIndex) => {
    const sheet = table.sheet ?? '';
    return {
      key: `table-${tableIndex}`,
      title: sheet
        ? formatLabel(LABELS.Wizard_Table_Sheet, sheet, table.headerLine)
        : formatLabel(LABELS.Wizard_Table, table.headerLine),
      columns: table.columns.map((column) => ({
        key: `table-${tableIndex}-${column.index}`,
        sheet,
        index: column.index,
        label: column.header.trim()
          ? formatLabel(LABELS.Wizard_Column_Header, column.index + 1, column.header.trim())
          : formatLabel(LABELS.Wizard_Column_Unnamed, column.index + 1),
        role: column.role,
        changed: column.role !== column.detected
      }))
    };
  });
}

/**
 * The overrides with `role` for one column: replaces an earlier choice for the same column; a
 * choice of the role the reader detected by itself removes the override.
 */
export function withColumnRole(
  overrides: readonly ColumnRoleOverride[],
  tables: readonly TableReading[] | undefined,
  choice: { sheet: string; column: number; role: ColumnRole }
): ColumnRoleOverride[] {
  const sameColumn = (override: ColumnRoleOverride): boolean =>
    (override.sheet ?? '') === choice.sheet && override.column === choice.column;
  const rest = overrides.filter((override) => !sameColumn(override));
  const table = (tables ?? []).find((candidate) => (candidate.sheet ?? '') === choice.sheet);
  const detected = table?.columns.find((column) => column.index === choice.column)?.detected;
  if (detected === choice.role) return rest;
  const override: ColumnRoleOverride = choice.sheet
    ? { sheet: choice.sheet, column: choice.column, role: choice.role }
    : { column: choice.column, role: choice.role };
  return [...rest, override];
}

export interface SheetRow {
  key: string;
  text: string;
  read: boolean;
}

const NOT_READ_CODES: ReadonlySet<string> = new Set([
  'sheet_hidden',
  'sheet_empty',
  'sheet_no_header'
]);

/** A workbook's sheets, those read (a table each) and those not (a sheet diagnostic each). */
export function sheetRows(parsed: Pick<ParsedChecksheet, 'tables' | 'diagnostics'>): SheetRow[] {
  const rows: SheetRow[] = [];
  const seen = new Set<string>();
  for (const table of parsed.tables ?? []) {
    if (table.sheet === undefined || seen.has(table.sheet)) continue;
    seen.add(table.sheet);
    rows.push({
      key: `sheet-${rows.length}`,
      text: formatLabel(LABELS.Wizard_Sheet_Read, table.sheet),
      read: true
    });
  }
  for (const diagnostic of parsed.diagnostics) {
    const sheet = String(diagnostic.params.sheet ?? diagnostic.sheet ?? '');
    if (!NOT_READ_CODES.has(diagnostic.code) || sheet === '' || seen.has(sheet)) continue;
    seen.add(sheet);
    rows.push({
      key: `sheet-${rows.length}`,
      text: formatLabel(LABELS.Wizard_Sheet_Not_Read, sheet),
      read: false
    });
  }
  return rows;
}

/** The items as the item list shows them (its search, status filter, sections and pages). */
export function previewItems(items: readonly ImportItem[]): ListItem[] {
  return items.map((item) => ({
    id: `item-${item.sortOrder}`,
    itemNumber: item.itemNumber,
    section: item.section,
    question: item.question,
    status: item.status,
    statusMark: item.statusMark,
    answer: item.answer,
    sourceSheet: item.sourceSheet
  }));
}

/** A local calendar day as 'YYYY-MM-DD'. */
export function isoDay(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2025/4/1", "2025-04-01", "2025.4.1", "2025年4月1日" as 'YYYY-MM-DD'; '' when not a date. */
export function toIsoDate(text: string): string {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return '';
  return date.toISOString().slice(0, 10);
}

/**
 * The issue date the document states: that of the revision-history row of its version (else of
 * its latest row), '' when it states none.
 */
export function issuedOn(parsed: Pick<ParsedChecksheet, 'revisions' | 'version'>): string {
  const revisions = parsed.revisions ?? [];
  const own = revisions.find(
    (revision) => parsed.version !== '' && revision.version === parsed.version
  );
  const dated = revisions.map((revision) => toIsoDate(revision.date)).filter((date) => date !== '');
  if (own && toIsoDate(own.date)) return toIsoDate(own.date);
  return dated.sort().at(-1) ?? '';
}

export interface HeaderForm {
  name: string;
  vendorId: string;
  reviewerId: string;
  serviceName: string;
  framework: FrameworkValue;
  documentVersion: string;
  issuedOn: string;
  receivedOn: string;
}

/** The form as the document fills it: its title, version and dates; received today. */
export function formFromDocument(
  parsed: ParsedChecksheet,
  framework: FrameworkValue,
  today: string,
  keep: Pick<HeaderForm, 'vendorId' | 'reviewerId'>
): HeaderForm {
  return {
    // A paste without a title is named for the day it came in; the reviewer may rename it.
    name: (
      parsed.title.trim() ||
      parsed.fileName.trim() ||
      `${LABELS.Wizard_Pasted_Text} ${today}`
    ).slice(0, 80),
    vendorId: keep.vendorId,
    reviewerId: keep.reviewerId,
    serviceName: '',
    framework,
    documentVersion: parsed.version,
    issuedOn: issuedOn(parsed),
    receivedOn: today
  };
}

/** The progress bar's value, 0..100. */
export function progressPercent(progress: { done: number; total: number }): number {
  return progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
}

/** The server's own words in a rejection (its custom label's text, in the user's language). */
function serverText(error: ChecksheetApiError): string {
  return error.messages.length > 0 ? error.messages.join(' ') : error.message;
}

/** What the reviewer reads when an import failed: the server's words, and that nothing was saved. */
export function failureText(error: ChecksheetApiError): string {
  if (error.code === 'importNotAbandoned') {
    const abandon = error.abandonError;
    return formatLabel(
      LABELS.Wizard_Failed_Not_Removed,
      serverText(error),
      abandon ? serverText(abandon) : ''
    );
  }
  if (error.chunk && error.chunk.count > 1) {
    return formatLabel(
      LABELS.Wizard_Failed_Part,
      serverText(error),
      error.chunk.number,
      error.chunk.count
    );
  }
  return formatLabel(LABELS.Wizard_Failed, serverText(error));
}

/** The done screen's word about the source file when it was not attached. */
export function sourceWarningText(warning: ImportWarning): string {
  return formatLabel(
    LABELS.Wizard_Source_Too_Large,
    warning.params.fileName,
    formatMegabytes(warning.params.bytes ?? 0),
    formatMegabytes(warning.params.limitBytes ?? 0)
  );
}
