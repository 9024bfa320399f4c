/**
 * Fault injection for the browser tests: the preview's way of making "the server" fail at a
 * chosen moment, so a test can watch what a reviewer sees when an import breaks half-way.
 *
 * `?failApex=ChecksheetImportController.appendItems:2` in the address makes the second call of
 * that method in this tab reject as a server failure would (status 500, the message below),
 * before the data layer sees it; every other call runs normally. Several faults are separated
 * by commas. The rule is kept in sessionStorage, so it lasts across the shell's navigations and
 * reloads of this tab only, and `?failApex=` (empty) clears it. Nothing in the package knows of it.
 */

/** The message of an injected failure (what a component shows as the server's reason). */
export const INJECTED_FAILURE_MESSAGE = 'Injected failure (preview fault injection).';

const STORE_KEY = 'vendorChecksheetsPreview.failApex';
const RULE = /^([A-Za-z_]\w*\.[A-Za-z_]\w*):([1-9]\d*)$/;

interface Fault {
  method: string;
  /** The 1-based call that fails. */
  call: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Reads `failApex` rules; text that is not `Class.method:N` is ignored. */
export function parseFaults(text: string): Fault[] {
  return text
    .split(',')
    .map((part) => RULE.exec(part.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ method: match[1], call: Number(match[2]) }));
}

/** The rules of this tab: the address's `failApex` (remembered), else what this tab remembered. */
function activeRules(): string {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('failApex');
  if (asked !== null) {
    if (asked === '') storage()?.removeItem(STORE_KEY);
    else storage()?.setItem(STORE_KEY, asked);
    return asked;
  }
  return storage()?.getItem(STORE_KEY) ?? '';
}

/** A checker over `rules` that counts each method's calls and says whether this one fails. */
export function faultChecker(rules: string): (method: string) => boolean {
  const faults = parseFaults(rules);
  const calls = new Map<string, number>();
  return (method) => {
    if (!faults.some((fault) => fault.method === method)) return false;
    const call = (calls.get(method) ?? 0) + 1;
    calls.set(method, call);
    return faults.some((fault) => fault.method === method && fault.call === call);
  };
}

/** Counts a call of `method` and says whether this one is to fail (this tab's rules). */
export const shouldFail = faultChecker(activeRules());
