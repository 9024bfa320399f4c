import { UsageError, parseArgs } from '../args';

describe('parseArgs', () => {
  it.each([
    [['parse', 'a.txt', '--json'], { name: 'parse', file: 'a.txt' }],
    [['parse', 'a.txt'], { name: 'parse', file: 'a.txt' }],
    [['parse', '-', '--json'], { name: 'parse', file: '-' }],
    [['align', 'a', 'b', '--json'], { name: 'align', files: ['a', 'b'] }],
    [['diff', 'old', 'new', '--json'], { name: 'diff', older: 'old', newer: 'new' }],
    [
      ['compare', 'a', 'b', 'c', '--csv'],
      { name: 'compare', files: ['a', 'b', 'c'], output: 'csv', labels: [] }
    ],
    [
      ['compare', 'a', 'b', '--json', '--label', 'A社', '--label=B社'],
      {
        name: 'compare',
        files: ['a', 'b'],
        output: 'json',
        labels: ['A社', 'B社']
      }
    ],
    [['compare', 'a', 'b'], { name: 'compare', files: ['a', 'b'], output: 'json', labels: [] }],
    [
      ['records', 'a.txt', '--vendor', 'Acme', '--out', 'plan'],
      {
        name: 'records',
        file: 'a.txt',
        vendor: 'Acme',
        vendorId: undefined,
        out: 'plan',
        checksheetName: undefined,
        receivedOn: undefined
      }
    ],
    [
      [
        'records',
        '--out=plan',
        '--vendor-id',
        '001000000000001AAA',
        '--name',
        'Acme 2025',
        '--received-on',
        '2025-04-01',
        'a.txt'
      ],
      {
        name: 'records',
        file: 'a.txt',
        vendor: '',
        vendorId: '001000000000001AAA',
        out: 'plan',
        checksheetName: 'Acme 2025',
        receivedOn: '2025-04-01'
      }
    ],
    [['--', 'parse', '--odd-file-name'], { name: 'parse', file: '--odd-file-name' }],
    [['--help'], { name: 'help' }],
    [['parse', '-h'], { name: 'help' }],
    [['help'], { name: 'help' }]
  ])('reads %j', (args, command) => {
    expect(parseArgs(args).command).toEqual(command);
  });

  it('notes --verbose wherever it is', () => {
    expect(parseArgs(['parse', 'a', '--verbose']).verbose).toBe(true);
    expect(parseArgs(['--verbose', 'parse', 'a']).verbose).toBe(true);
    expect(parseArgs(['parse', 'a']).verbose).toBe(false);
  });

  it.each([
    [[], 'no command given'],
    [['frob', 'a'], 'unknown command "frob"'],
    [['parse', 'a', '--jsn'], 'unknown option --jsn'],
    [['parse'], 'parse takes one file, got 0'],
    [['parse', 'a', 'b'], 'parse takes one file, got 2'],
    [['align', 'a', '--json'], 'align takes two files, got 1'],
    [['diff', 'a', 'b', 'c'], 'diff takes two files (older, newer), got 3'],
    [['compare', 'a', '--csv'], 'compare takes at least two files, got 1'],
    [['compare', 'a', 'b', '--csv', '--json'], 'compare takes --json or --csv, not both'],
    [
      ['compare', 'a', 'b', '--label', 'x', '--label', 'y', '--label', 'z'],
      'compare got 3 labels for 2 files'
    ],
    [['parse', 'a', '--csv'], 'parse does not take --csv'],
    [['diff', 'a', 'b', '--vendor', 'x'], 'diff does not take --vendor'],
    [['records', 'a', '--out', 'd'], 'records needs --vendor <value>'],
    [['records', 'a', '--vendor', ' ', '--out', 'd'], 'records needs --vendor <value>'],
    [['records', 'a', '--vendor', 'x'], 'records needs --out <value>'],
    [['records', 'a', '--vendor', 'x', '--vendor', 'y', '--out', 'd'], '--vendor is given twice'],
    [['records', 'a', '--vendor'], '--vendor needs a value'],
    [['parse', 'a', '--json=yes'], '--json takes no value'],
    [['compare', '-', '-'], 'standard input ("-") can be read only once']
  ])('refuses %j: %s', (args, message) => {
    expect(() => parseArgs(args)).toThrow(new UsageError(message));
  });
});
