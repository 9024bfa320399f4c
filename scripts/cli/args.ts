/**
 * Command-line arguments of `checksheet`: which command, which files, which options. Pure: no I/O,
 * so that every rule here is tested without spawning the tool.
 */

export const USAGE = `Usage: npm run --silent checksheet -- <command> [options]

Commands:
  parse <file> --json                      the parsed document as JSON
  align <fileA> <fileB> --json             which item of A answers which item of B, and by
                                           what (method: text, topics or number)
  compare <file> <file> [<file>…] (--json | --csv)
                                           the sheets side by side (CSV opens in Excel)
  diff <older> <newer> --json              what changed between two versions of one sheet
  records <file> --vendor "<Account name>" --out <dir>
                                           an "sf data import tree" plan for the org

Options:
  --label <text>          compare: the label of the next sheet's columns (repeatable;
                          default: the file name)
  --vendor-id <Id>        records: load under this existing Account instead of creating one
  --name <text>           records: the Checksheet__c name (default: the document title)
  --received-on <date>    records: Received_On__c, as YYYY-MM-DD
  --verbose               print the parser's diagnostics on stderr
  --help                  this text

A file named "-" is read from standard input. Exit status: 0 done, 1 an input could not be
read, 2 bad arguments.`;

export const USAGE_HINT = 'usage: checksheet parse|align|compare|diff|records <file>… (see --help)';

export type OutputFormat = 'json' | 'csv';

export type Command =
  | { name: 'help' }
  | { name: 'parse'; file: string }
  | { name: 'align'; files: [string, string] }
  | {
      name: 'compare';
      files: string[];
      output: OutputFormat;
      labels: string[];
    }
  | { name: 'diff'; older: string; newer: string }
  | {
      name: 'records';
      file: string;
      vendor: string;
      vendorId?: string;
      out: string;
      checksheetName?: string;
      receivedOn?: string;
    };

export interface Invocation {
  command: Command;
  verbose: boolean;
}

/** Bad arguments: the message says what is wrong; the tool exits with status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const COMMANDS = ['parse', 'align', 'compare', 'diff', 'records'] as const;
type CommandName = (typeof COMMANDS)[number];

const FLAGS = new Set(['--json', '--csv', '--verbose', '--help', '-h']);
const VALUE_OPTIONS = new Set([
  '--label',
  '--vendor',
  '--vendor-id',
  '--out',
  '--name',
  '--received-on'
]);

/** Which options each command accepts, besides --verbose and --help. */
const ACCEPTS: Readonly<Record<CommandName, readonly string[]>> = {
  parse: ['--json'],
  align: ['--json'],
  compare: ['--json', '--csv', '--label'],
  diff: ['--json'],
  records: ['--vendor', '--vendor-id', '--out', '--name', '--received-on']
};

const POSITIONALS: Readonly<Record<CommandName, [number, number]>> = {
  parse: [1, 1],
  align: [2, 2],
  compare: [2, Infinity],
  diff: [2, 2],
  records: [1, 1]
};

const FILE_WORDS: Readonly<Record<CommandName, string>> = {
  parse: 'one file',
  align: 'two files',
  compare: 'at least two files',
  diff: 'two files (older, newer)',
  records: 'one file'
};

interface Scanned {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

function scan(args: readonly string[]): Scanned {
  const scanned: Scanned = {
    positionals: [],
    flags: new Set(),
    values: new Map()
  };
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      scanned.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (FLAGS.has(name)) {
      if (equals > 0) throw new UsageError(`${name} takes no value`);
      scanned.flags.add(name === '-h' ? '--help' : name);
    } else if (VALUE_OPTIONS.has(name)) {
      let value: string;
      if (equals > 0) {
        value = arg.slice(equals + 1);
      } else {
        if (i + 1 >= args.length) throw new UsageError(`${name} needs a value`);
        i += 1;
        value = args[i];
      }
      scanned.values.set(name, [...(scanned.values.get(name) ?? []), value]);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  return scanned;
}

function single(scanned: Scanned, option: string): string | undefined {
  const values = scanned.values.get(option);
  if (!values) return undefined;
  if (values.length > 1) throw new UsageError(`${option} is given twice`);
  return values[0];
}

function required(scanned: Scanned, option: string, command: string): string {
  const value = single(scanned, option);
  if (value === undefined || value.trim() === '') {
    throw new UsageError(`${command} needs ${option} <value>`);
  }
  return value;
}

/** The command the arguments ask for; throws UsageError when they do not make sense. */
export function parseArgs(args: readonly string[]): Invocation {
  const scanned = scan(args);
  const verbose = scanned.flags.has('--verbose');
  if (scanned.flags.has('--help')) return { command: { name: 'help' }, verbose };
  const [name, ...positionals] = scanned.positionals;
  if (name === undefined) throw new UsageError('no command given');
  if (name === 'help') return { command: { name: 'help' }, verbose };
  if (!(COMMANDS as readonly string[]).includes(name)) {
    throw new UsageError(`unknown command "${name}"`);
  }
  const command = name as CommandName;

  const used = [...scanned.flags, ...scanned.values.keys()].filter(
    (option) => option !== '--verbose'
  );
  for (const option of used) {
    if (!ACCEPTS[command].includes(option)) {
      throw new UsageError(`${command} does not take ${option}`);
    }
  }
  const [min, max] = POSITIONALS[command];
  if (positionals.length < min || positionals.length > max) {
    throw new UsageError(`${command} takes ${FILE_WORDS[command]}, got ${positionals.length}`);
  }
  if (positionals.filter((file) => file === '-').length > 1) {
    throw new UsageError('standard input ("-") can be read only once');
  }

  switch (command) {
    case 'parse':
      return { command: { name: 'parse', file: positionals[0] }, verbose };
    case 'align':
      return {
        command: { name: 'align', files: [positionals[0], positionals[1]] },
        verbose
      };
    case 'diff':
      return {
        command: { name: 'diff', older: positionals[0], newer: positionals[1] },
        verbose
      };
    case 'compare': {
      if (scanned.flags.has('--json') && scanned.flags.has('--csv')) {
        throw new UsageError('compare takes --json or --csv, not both');
      }
      const labels = scanned.values.get('--label') ?? [];
      if (labels.length > positionals.length) {
        throw new UsageError(`compare got ${labels.length} labels for ${positionals.length} files`);
      }
      return {
        command: {
          name: 'compare',
          files: positionals,
          output: scanned.flags.has('--csv') ? 'csv' : 'json',
          labels
        },
        verbose
      };
    }
    default: {
      const vendorId = single(scanned, '--vendor-id');
      const vendor =
        vendorId === undefined
          ? required(scanned, '--vendor', 'records')
          : (single(scanned, '--vendor') ?? '');
      return {
        command: {
          name: 'records',
          file: positionals[0],
          vendor,
          vendorId,
          out: required(scanned, '--out', 'records'),
          checksheetName: single(scanned, '--name'),
          receivedOn: single(scanned, '--received-on')
        },
        verbose
      };
    }
  }
}
