/**
 * The labels that render the engine's findings in the user's language: one per diagnostic code
 * and per read-error code (`diagnosticLabelName` / `readErrorLabelName` of `c/checksheetModel`
 * name them). Labels must be imported statically, so each is listed here; a test checks that
 * every code has its label.
 */
import Diagnostic_Repeated_Header from '@salesforce/label/c.Diagnostic_Repeated_Header';
import Diagnostic_Text_Outside_Table from '@salesforce/label/c.Diagnostic_Text_Outside_Table';
import Diagnostic_Unknown_Mark from '@salesforce/label/c.Diagnostic_Unknown_Mark';
import Diagnostic_Markers_Several from '@salesforce/label/c.Diagnostic_Markers_Several';
import Diagnostic_Markers_None from '@salesforce/label/c.Diagnostic_Markers_None';
import Diagnostic_Text_In_Mark_Column from '@salesforce/label/c.Diagnostic_Text_In_Mark_Column';
import Diagnostic_More_Cells_Than_Header from '@salesforce/label/c.Diagnostic_More_Cells_Than_Header';
import Diagnostic_Cells_Under_No_Header from '@salesforce/label/c.Diagnostic_Cells_Under_No_Header';
import Diagnostic_No_Number from '@salesforce/label/c.Diagnostic_No_Number';
import Diagnostic_No_Number_Column from '@salesforce/label/c.Diagnostic_No_Number_Column';
import Diagnostic_Duplicate_Number from '@salesforce/label/c.Diagnostic_Duplicate_Number';
import Diagnostic_Empty_Rows from '@salesforce/label/c.Diagnostic_Empty_Rows';
import Diagnostic_Wrapped_Rows from '@salesforce/label/c.Diagnostic_Wrapped_Rows';
import Diagnostic_Merged_Rows from '@salesforce/label/c.Diagnostic_Merged_Rows';
import Diagnostic_Repeated_Finding from '@salesforce/label/c.Diagnostic_Repeated_Finding';
import Diagnostic_No_Question_Column from '@salesforce/label/c.Diagnostic_No_Question_Column';
import Diagnostic_Invalid_Role_Override from '@salesforce/label/c.Diagnostic_Invalid_Role_Override';
import Diagnostic_Role_Repeated from '@salesforce/label/c.Diagnostic_Role_Repeated';
import Diagnostic_Override_Unknown_Sheet from '@salesforce/label/c.Diagnostic_Override_Unknown_Sheet';
import Diagnostic_Sheets_Read from '@salesforce/label/c.Diagnostic_Sheets_Read';
import Diagnostic_Sheet_Hidden from '@salesforce/label/c.Diagnostic_Sheet_Hidden';
import Diagnostic_Sheet_Empty from '@salesforce/label/c.Diagnostic_Sheet_Empty';
import Diagnostic_Sheet_No_Header from '@salesforce/label/c.Diagnostic_Sheet_No_Header';
import Diagnostic_No_Answer_Column from '@salesforce/label/c.Diagnostic_No_Answer_Column';
import Diagnostic_Lines_Unaccounted from '@salesforce/label/c.Diagnostic_Lines_Unaccounted';
import Diagnostic_Unnumbered_Heading_Text from '@salesforce/label/c.Diagnostic_Unnumbered_Heading_Text';
import Diagnostic_Empty_Section from '@salesforce/label/c.Diagnostic_Empty_Section';
import Diagnostic_Numbering_Backwards from '@salesforce/label/c.Diagnostic_Numbering_Backwards';
import Diagnostic_Duplicate_Section from '@salesforce/label/c.Diagnostic_Duplicate_Section';
import Read_Error_Empty from '@salesforce/label/c.Read_Error_Empty';
import Read_Error_Too_Large from '@salesforce/label/c.Read_Error_Too_Large';
import Read_Error_Too_Many_Items from '@salesforce/label/c.Read_Error_Too_Many_Items';
import Read_Error_Binary from '@salesforce/label/c.Read_Error_Binary';
import Read_Error_Binary_Kind from '@salesforce/label/c.Read_Error_Binary_Kind';
import Read_Error_Bad_Byte_Order_Mark from '@salesforce/label/c.Read_Error_Bad_Byte_Order_Mark';
import Read_Error_Undecodable from '@salesforce/label/c.Read_Error_Undecodable';
import Read_Error_No_Header from '@salesforce/label/c.Read_Error_No_Header';
import Read_Error_No_Header_In_Sheets from '@salesforce/label/c.Read_Error_No_Header_In_Sheets';
import Read_Error_Unknown_Format from '@salesforce/label/c.Read_Error_Unknown_Format';
import Read_Error_No_Spreadsheet_Library from '@salesforce/label/c.Read_Error_No_Spreadsheet_Library';
import Read_Error_Not_A_Workbook from '@salesforce/label/c.Read_Error_Not_A_Workbook';
import Read_Error_Unreadable from '@salesforce/label/c.Read_Error_Unreadable';
import type { Diagnostic, ChecksheetReadError } from 'c/checksheetModel';
import {
  DIAGNOSTIC_PARAMS,
  READ_ERROR_PARAMS,
  diagnosticLabelName,
  formatLabel as formatParams,
  readErrorLabelName
} from 'c/checksheetModel';

/** Each finding label by its name. */
export const FINDING_LABELS: Readonly<Record<string, string>> = Object.freeze({
  Diagnostic_Repeated_Header,
  Diagnostic_Text_Outside_Table,
  Diagnostic_Unknown_Mark,
  Diagnostic_Markers_Several,
  Diagnostic_Markers_None,
  Diagnostic_Text_In_Mark_Column,
  Diagnostic_More_Cells_Than_Header,
  Diagnostic_Cells_Under_No_Header,
  Diagnostic_No_Number,
  Diagnostic_No_Number_Column,
  Diagnostic_Duplicate_Number,
  Diagnostic_Empty_Rows,
  Diagnostic_Wrapped_Rows,
  Diagnostic_Merged_Rows,
  Diagnostic_Repeated_Finding,
  Diagnostic_No_Question_Column,
  Diagnostic_Invalid_Role_Override,
  Diagnostic_Role_Repeated,
  Diagnostic_Override_Unknown_Sheet,
  Diagnostic_Sheets_Read,
  Diagnostic_Sheet_Hidden,
  Diagnostic_Sheet_Empty,
  Diagnostic_Sheet_No_Header,
  Diagnostic_No_Answer_Column,
  Diagnostic_Lines_Unaccounted,
  Diagnostic_Unnumbered_Heading_Text,
  Diagnostic_Empty_Section,
  Diagnostic_Numbering_Backwards,
  Diagnostic_Duplicate_Section,
  Read_Error_Empty,
  Read_Error_Too_Large,
  Read_Error_Too_Many_Items,
  Read_Error_Binary,
  Read_Error_Binary_Kind,
  Read_Error_Bad_Byte_Order_Mark,
  Read_Error_Undecodable,
  Read_Error_No_Header,
  Read_Error_No_Header_In_Sheets,
  Read_Error_Unknown_Format,
  Read_Error_No_Spreadsheet_Library,
  Read_Error_Not_A_Workbook,
  Read_Error_Unreadable
});

/** A diagnostic in the user's language (its English message when its label is missing). */
export function diagnosticText(
  diagnostic: Pick<Diagnostic, 'code' | 'params' | 'message'>
): string {
  const label = FINDING_LABELS[diagnosticLabelName(diagnostic.code)];
  if (label === undefined) return diagnostic.message;
  return formatParams(label, DIAGNOSTIC_PARAMS[diagnostic.code], diagnostic.params);
}

/** Why a document could not be read, in the user's language (the English reason without a label). */
export function readErrorText(
  error: Pick<ChecksheetReadError, 'code' | 'params' | 'reason'>
): string {
  const label = FINDING_LABELS[readErrorLabelName(error.code)];
  if (label === undefined) return error.reason;
  return formatParams(label, READ_ERROR_PARAMS[error.code], error.params);
}
