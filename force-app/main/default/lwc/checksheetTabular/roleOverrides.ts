/**
 * A reviewer's choice of column roles (`ParseOptions.columnRoles`), applied to the layout the
 * reader found, and the table reading the parse result shows (`ParsedChecksheet.tables`).
 */
import type { ColumnRoleOverride, TableReading } from 'c/checksheetModel';
import { ANSWER_ROLES } from 'c/checksheetModel';
import type { HeaderLayout } from './columns';
import { overrideRoles } from './columns';
import type { DiagnosticLog } from './diagnosticLog';

/** The overrides that apply to a table: those naming its sheet, and those naming none. */
export function overridesFor(
  overrides: readonly ColumnRoleOverride[],
  sheet: string | undefined
): ColumnRoleOverride[] {
  return overrides.filter((override) => override.sheet === undefined || override.sheet === sheet);
}

/**
 * The layout read with the overrides that apply to it; an override that names no possible column
 * or role, and a role given to more columns than it can be read from, are reported.
 */
export function applyOverrides(
  layout: HeaderLayout,
  overrides: readonly ColumnRoleOverride[],
  headerLine: number,
  log: DiagnosticLog
): HeaderLayout {
  if (overrides.length === 0) return layout;
  const result = overrideRoles(layout, overrides);
  for (const { column, role } of result.invalid) {
    log.add(
      'invalid_role_override',
      headerLine,
      'warning',
      { column: String(column), role: String(role) },
      `the role override of column ${String(column)} ("${String(role)}") names no column or no role; ignored`
    );
  }
  for (const index of result.layout.repeated) {
    const { header, role } = result.layout.columns[index];
    log.add(
      'role_repeated',
      headerLine,
      'warning',
      { column: index + 1, header, role },
      `column ${index + 1}${header === '' ? '' : ` (${header})`} has the role "${role}", which an earlier column has; kept as an extra column`
    );
  }
  return result.layout;
}

/** What the parse result shows of a table: its header line and the role of each column. */
export function tableReading(
  layout: HeaderLayout,
  headerLine: number,
  sheet: string | undefined
): TableReading {
  const columns = layout.columns.map((column) => ({ ...column }));
  return sheet === undefined ? { headerLine, columns } : { sheet, headerLine, columns };
}

/** Reports the overrides naming a sheet that holds no table read (each sheet once). */
export function reportUnknownSheets(
  overrides: readonly ColumnRoleOverride[],
  tableSheets: ReadonlySet<string>,
  log: DiagnosticLog
): void {
  const unknown = new Set<string>();
  for (const { sheet } of overrides) {
    if (sheet !== undefined && !tableSheets.has(sheet)) unknown.add(sheet);
  }
  for (const sheet of unknown) {
    log.add(
      'override_unknown_sheet',
      0,
      'warning',
      { sheet },
      `role overrides name the sheet '${sheet}', which has no table that was read; ignored`
    );
  }
}

/**
 * Warns when no column of a table holds an answer (no mark, answer or Yes / No / N/A column):
 * its items would have no answers, so the columns seen are named for the reviewer to choose.
 */
export function reportMissingAnswers(
  layout: HeaderLayout,
  headerLine: number,
  log: DiagnosticLog
): void {
  const answering = layout.columns.some((column) => ANSWER_ROLES.has(column.role));
  if (answering || layout.roles.question === undefined) return;
  const columns = layout.columns
    .map((column) => (column.header === '' ? `(${column.index + 1})` : `'${column.header}'`))
    .join(', ');
  log.add(
    'no_answer_column',
    headerLine,
    'warning',
    { columns },
    `no column is read as the mark or the answer, so the items have no answers; the columns are ${columns}`
  );
}
