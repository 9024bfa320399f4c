import {
  ChecksheetReadError,
  DIAGNOSTIC_CODES,
  READ_ERROR_CODES,
  diagnosticLabelName,
  readErrorLabelName
} from 'c/checksheetModel';
import { FINDING_LABELS, diagnosticText, readErrorText } from 'c/checksheetLabels';

describe('finding labels', () => {
  it('has a label for every diagnostic code and every read error code', () => {
    const missing = [
      ...DIAGNOSTIC_CODES.map(diagnosticLabelName),
      ...READ_ERROR_CODES.map(readErrorLabelName)
    ].filter((name) => FINDING_LABELS[name] === undefined);
    expect(missing).toEqual([]);
  });

  it('renders a diagnostic through its label with its parameters in place', () => {
    const text = diagnosticText({
      code: 'unknown_mark',
      params: { mark: '済', lines: '4, 9', count: 2 },
      message: 'unknown mark "済"'
    });
    expect(text).toContain('済');
    expect(text).not.toMatch(/\{\d\}/);
  });

  it('renders a read error through its label', () => {
    const error = new ChecksheetReadError('big.csv', 'file too large', 0, 'too_large', {
      size: '30 MB',
      limit: '25 MB'
    });
    const text = readErrorText(error);
    expect(text).toContain('30 MB');
    expect(text).toContain('25 MB');
  });
});
