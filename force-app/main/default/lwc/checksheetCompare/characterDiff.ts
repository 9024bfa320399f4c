/**
 * What changed in a text, character by character: the version diff highlights it in a changed
 * answer. By characters (Unicode code points), not words, because Japanese has no spaces between
 * words; "週次でバックアップ" → "日次でバックアップ" shows one character changed.
 *
 * Myers' O(ND) shortest edit script after the common prefix and suffix are cut. A text pair
 * needing more than `maxEdits` edits is shown as removed and added whole: past that point a
 * character diff is noise to a reader, and the work stays bounded.
 */

/** A run of the older text kept (`equal`), dropped (`delete`) or of the newer text added (`insert`). */
export interface TextChange {
  kind: 'equal' | 'delete' | 'insert';
  text: string;
}

export const DEFAULT_MAX_EDITS = 400;

/**
 * An unchanged run this short (in code points) between two changes is shown as changed: "改善
 * しました" → "対応しました" reads better as one replaced word than as scattered letters.
 */
export const MIN_KEPT_RUN = 2;

function push(changes: TextChange[], kind: TextChange['kind'], text: string): void {
  if (text === '') return;
  const last = changes[changes.length - 1];
  if (last && last.kind === kind) last.text += text;
  else changes.push({ kind, text });
}

/** The edit script of two code-point arrays as [kind, index] steps, or undefined past `maxEdits`. */
function myers(
  a: readonly string[],
  b: readonly string[],
  maxEdits: number
): TextChange[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d += 1) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) return undefined;
  // Walk back from (n, m) through the saved frontiers.
  const steps: TextChange[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const before = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && before[offset + k - 1] < before[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      steps.push({ kind: 'equal', text: a[x] });
    }
    if (down) {
      y -= 1;
      steps.push({ kind: 'insert', text: b[y] });
    } else {
      x -= 1;
      steps.push({ kind: 'delete', text: a[x] });
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    steps.push({ kind: 'equal', text: a[x] });
  }
  return steps.reverse();
}

/**
 * The changes that turn `older` into `newer`, as runs in reading order (adjacent runs of one
 * kind merged). Joining the `equal` and `delete` runs gives `older`; `equal` and `insert`, `newer`.
 */
export function characterDiff(
  older: string,
  newer: string,
  maxEdits = DEFAULT_MAX_EDITS
): TextChange[] {
  const a = Array.from(older);
  const b = Array.from(newer);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const changes: TextChange[] = [];
  push(changes, 'equal', a.slice(0, start).join(''));
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const steps = myers(middleA, middleB, maxEdits) ?? [
    { kind: 'delete', text: middleA.join('') },
    { kind: 'insert', text: middleB.join('') }
  ];
  // Within a changed stretch, deletions read before insertions.
  let pending: TextChange[] = [];
  const flush = (): void => {
    for (const kind of ['delete', 'insert'] as const) {
      push(
        changes,
        kind,
        pending
          .filter((step) => step.kind === kind)
          .map((step) => step.text)
          .join('')
      );
    }
    pending = [];
  };
  for (const step of steps) {
    if (step.kind === 'equal') {
      flush();
      push(changes, 'equal', step.text);
    } else {
      pending.push(step);
    }
  }
  flush();
  push(changes, 'equal', a.slice(endA).join(''));
  return absorbShortRuns(changes);
}

/** Turns each short unchanged run between changes into a deletion and an insertion, then merges. */
function absorbShortRuns(changes: TextChange[]): TextChange[] {
  const changed = (change: TextChange | undefined) =>
    change !== undefined && change.kind !== 'equal';
  let pending: TextChange[] = [];
  const out: TextChange[] = [];
  const flush = (): void => {
    for (const kind of ['delete', 'insert'] as const) {
      push(
        out,
        kind,
        pending
          .filter((step) => step.kind === kind)
          .map((step) => step.text)
          .join('')
      );
    }
    pending = [];
  };
  changes.forEach((change, index) => {
    if (change.kind !== 'equal') {
      pending.push(change);
      return;
    }
    const short = Array.from(change.text).length <= MIN_KEPT_RUN;
    if (short && changed(changes[index - 1]) && changed(changes[index + 1])) {
      pending.push({ kind: 'delete', text: change.text }, { kind: 'insert', text: change.text });
      return;
    }
    flush();
    push(out, 'equal', change.text);
  });
  flush();
  return out;
}
