/**
 * One error type for everything Apex or Lightning Data Service rejects with, whatever its shape,
 * so that the UI shows one thing: the server's own text (Apex refusals are custom labels, already
 * in the user's language).
 *
 * Shapes met: an Apex AuraHandledException or network failure `{ status, body: { message } }`;
 * UI API reads `{ body: [{ message }] }`; DML failures `{ body: { pageErrors, fieldErrors } }`
 * and UI API writes `{ body: { message, output: { errors, fieldErrors } } }`; a JavaScript
 * `Error`; a plain string; and arrays of any of these.
 */

/**
 * What kind of failure; the UI picks its label by the code and shows `message` with it.
 * - `server`: Apex or LDS refused; `message` is the server's text.
 * - `browser`: a JavaScript error in the page (an `Error` or a string).
 * - `unknown`: a rejection that carried no text at all.
 * - `importFailed`: a step of a staged import failed and the import was abandoned (nothing kept).
 * - `importNotAbandoned`: a step failed and abandoning the import failed too: an Importing
 *   checksheet is left over, which admins see in the "Incomplete imports" list view.
 */
export type ApiErrorCode = 'server' | 'browser' | 'unknown' | 'importFailed' | 'importNotAbandoned';

export interface ApiErrorDetails {
  /** The separate messages the rejection carried, in order, without repeats. */
  messages?: readonly string[];
  /** HTTP status of the failed request, when it had one. */
  status?: number;
  /** The staged-import step that failed (`appendItems`, …). */
  step?: string;
  /** For a failed `appendItems`: which chunk (1-based) of how many. */
  chunk?: { number: number; count: number };
  /** The rejection as it came. */
  cause?: unknown;
  /** For `importNotAbandoned`: why abandoning the import failed. */
  abandonError?: ChecksheetApiError;
}

export class ChecksheetApiError extends Error {
  readonly code: ApiErrorCode;
  readonly messages: readonly string[];
  readonly status: number | undefined;
  readonly step: string | undefined;
  readonly chunk: { number: number; count: number } | undefined;
  readonly abandonError: ChecksheetApiError | undefined;

  constructor(code: ApiErrorCode, message: string, details: ApiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ChecksheetApiError';
    this.code = code;
    this.messages = details.messages ?? [message];
    this.status = details.status;
    this.step = details.step;
    this.chunk = details.chunk;
    this.abandonError = details.abandonError;
  }
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The `message` of each entry of a list of errors (`[{ message, statusCode }]`). */
function listMessages(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const message = isObject(entry) ? text(entry.message) : text(entry);
    return message === undefined ? [] : [message];
  });
}

/** The messages of a field-error map (`{ Name: [{ message }] }`). */
function fieldMessages(fields: unknown): string[] {
  return isObject(fields) ? Object.values(fields).flatMap(listMessages) : [];
}

/** The messages of a response body: the specific errors first; the generic message only without them. */
function bodyMessages(body: Loose): string[] {
  const output = isObject(body.output) ? body.output : {};
  const specific = [
    ...listMessages(body.pageErrors),
    ...fieldMessages(body.fieldErrors),
    ...listMessages(output.errors),
    ...fieldMessages(output.fieldErrors)
  ];
  if (specific.length > 0) return specific;
  const message = text(body.message);
  return message === undefined ? [] : [message];
}

interface Reading {
  code: ApiErrorCode;
  messages: string[];
  status?: number;
}

function read(reason: unknown): Reading {
  if (typeof reason === 'string') {
    return { code: 'browser', messages: text(reason) === undefined ? [] : [reason.trim()] };
  }
  if (Array.isArray(reason)) {
    const readings = reason.map(read);
    const messages = readings.flatMap((reading) => reading.messages);
    const code = readings.some((reading) => reading.code === 'server') ? 'server' : 'browser';
    return { code: messages.length > 0 ? code : 'unknown', messages };
  }
  if (!isObject(reason)) return { code: 'unknown', messages: [] };
  const status = typeof reason.status === 'number' ? reason.status : undefined;
  const { body } = reason;
  const fromBody = Array.isArray(body)
    ? listMessages(body)
    : isObject(body)
      ? bodyMessages(body)
      : [];
  if (fromBody.length > 0) return { code: 'server', messages: fromBody, status };
  const message = text(reason.message);
  if (message !== undefined) {
    return { code: reason instanceof Error ? 'browser' : 'server', messages: [message], status };
  }
  const statusText = text(reason.statusText);
  if (statusText !== undefined) return { code: 'server', messages: [statusText], status };
  return { code: 'unknown', messages: [], status };
}

/**
 * `reason` as a `ChecksheetApiError` (returned as is when it is one already): `message` is the
 * server's messages joined with "; " (each also in `messages`), or says that no reason was given.
 */
export function toChecksheetApiError(reason: unknown): ChecksheetApiError {
  if (reason instanceof ChecksheetApiError) return reason;
  const reading = read(reason);
  const messages = [...new Set(reading.messages)];
  const message =
    messages.length > 0
      ? messages.join('; ')
      : reading.status !== undefined
        ? `The request failed (HTTP ${reading.status}) without saying why.`
        : 'The request failed without saying why.';
  return new ChecksheetApiError(messages.length > 0 ? reading.code : 'unknown', message, {
    messages,
    status: reading.status,
    cause: reason
  });
}
