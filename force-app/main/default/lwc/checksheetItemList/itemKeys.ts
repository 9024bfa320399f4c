/**
 * The review list's keyboard shortcuts, on a focused item: move between items, set a verdict,
 * open the comment, select — without the mouse. A pure mapping from a key to what it does, so
 * the component only carries it out; the shortcuts are written out for users in
 * `Review_Keyboard_Help` and on each item (`aria-keyshortcuts`).
 */
import type { VerdictValue } from 'c/checksheetSchema';

export type ItemKeyAction =
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'verdict'; verdict: VerdictValue | null }
  | { kind: 'comment' }
  | { kind: 'select' };

const VERDICT_KEYS: Readonly<Record<string, VerdictValue | null>> = {
  '0': null,
  '1': 'Acceptable',
  '2': 'Follow_Up',
  '3': 'Risk_Accepted',
  '4': 'Unacceptable'
};

/** The `aria-keyshortcuts` value of an item. */
export const ITEM_KEYSHORTCUTS = 'ArrowDown ArrowUp J K 0 1 2 3 4 C X';

/** What a key pressed on an item does; undefined for any other key or with Ctrl, Alt or Meta. */
export function itemKeyAction(event: {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}): ItemKeyAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === 'ArrowDown' || key === 'j') return { kind: 'move', delta: 1 };
  if (key === 'ArrowUp' || key === 'k') return { kind: 'move', delta: -1 };
  if (key in VERDICT_KEYS) return { kind: 'verdict', verdict: VERDICT_KEYS[key] };
  if (key === 'c') return { kind: 'comment' };
  if (key === 'x') return { kind: 'select' };
  return undefined;
}
