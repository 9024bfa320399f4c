/** The parsed document, put together from its preamble and its table. */
import type {
  DocumentFormat,
  LineAccounting,
  ParsedChecksheet,
  TableReading,
  TextEncoding
} from 'c/checksheetModel';
import { checkItemCount } from 'c/checksheetModel';
import type { DiagnosticLog } from './diagnosticLog';
import type { Preamble } from './preamble';
import type { TableBody } from './tableRows';

export const NO_HEADER_MESSAGE =
  'no header row with checksheet columns was found (項番 / 確認事項 / 実施有無 / 備考, or No / Question / Answer / Remarks, or the CAIQ columns)';

export function assembleChecksheet(parts: {
  fileName: string;
  encoding: TextEncoding;
  format: DocumentFormat;
  preamble: Preamble;
  body: TableBody;
  log: DiagnosticLog;
  lines: LineAccounting;
  tables: TableReading[];
}): ParsedChecksheet {
  const { body, preamble } = parts;
  checkItemCount(parts.fileName, body.items.length);
  return {
    title: preamble.title,
    version: preamble.version,
    format: parts.format,
    encoding: parts.encoding,
    preamble: preamble.text,
    sections: body.sections,
    items: body.items,
    revisions: [...preamble.revisions, ...body.revisions],
    diagnostics: parts.log.list(),
    lines: parts.lines,
    tables: parts.tables,
    fileName: parts.fileName
  };
}
