import fc from 'fast-check';
import { partyNames } from '../parties';

describe('partyNames', () => {
  test.each([
    ['Salesforce / Microsoft Azure', true, ['Salesforce', 'Microsoft Azure']],
    ['AWS and GCP', true, ['AWS', 'Google Cloud']],
    ['AWSとkintone', false, ['AWS', 'kintone']]
  ] as const)('splits %j (English: %s) into %j', (found, english, names) => {
    expect(partyNames(found, english, 'inside')).toEqual(names);
  });

  it('splits at the joiners as the former pattern with spaces around them did', () => {
    const JOINERS_BEFORE = /\s*(?:[/／&]|\band\b|と)\s*/;
    const text = fc.string({
      unit: fc.constantFrom(' ', '/', '&', 'と', 'and', 'AWS', 'Azure', '.', '\u3000'),
      maxLength: 10
    });
    fc.assert(
      fc.property(text, fc.boolean(), (found, english) => {
        const before = found.split(JOINERS_BEFORE).join('/');
        const names = partyNames(before, english, 'inside');
        expect(partyNames(found, english, 'inside')).toEqual(names);
      }),
      { numRuns: 2000 }
    );
  });
});
