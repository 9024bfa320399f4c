import type { DocumentFormat } from 'c/checksheetModel';
import type { FrameworkValue } from 'c/checksheetSchema';

/** `Checksheet__c.Framework__c` for a detected document format. */
export function frameworkFor(format: DocumentFormat): FrameworkValue {
  switch (format) {
    case 'meti':
      return 'METI_Cloud_2013';
    case 'sections':
      return 'Security_White_Paper';
    case 'caiq':
      return 'CAIQ_v4';
    default:
      return 'Custom';
  }
}
