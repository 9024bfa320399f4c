/**
 * The import wizard's steps as a plain state machine: `idle → reading → preview → saving →
 * done | failed`. The component keeps the data (the document, the form); this module says which
 * step follows which event, so that no handler can, say, save twice or re-read while saving.
 */
export type WizardStep = 'idle' | 'reading' | 'preview' | 'saving' | 'done' | 'failed';

export type WizardEvent =
  /** A file was chosen or dropped, text pasted, or a column role changed: read (again). */
  | 'read'
  /** The document was read. */
  | 'parsed'
  /** The document could not be read at all: back to choosing one. */
  | 'readFailed'
  /** The reviewer pressed Import. */
  | 'save'
  | 'saved'
  | 'saveFailed'
  /** Choose another document (never while saving). */
  | 'reset';

const TRANSITIONS: Readonly<Record<WizardStep, Partial<Record<WizardEvent, WizardStep>>>> = {
  idle: { read: 'reading' },
  reading: { parsed: 'preview', readFailed: 'idle' },
  preview: { read: 'reading', save: 'saving', reset: 'idle' },
  saving: { saved: 'done', saveFailed: 'failed' },
  // The form is kept: the reviewer may correct it (or re-read with other roles) and try again.
  failed: { save: 'saving', read: 'reading', reset: 'idle' },
  done: { reset: 'idle' }
};

/** The step after `event`, or undefined when `event` cannot happen in `step`. */
export function nextStep(step: WizardStep, event: WizardEvent): WizardStep | undefined {
  return TRANSITIONS[step][event];
}
