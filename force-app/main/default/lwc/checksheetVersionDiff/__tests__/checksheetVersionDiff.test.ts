import { createElement } from 'lwc';
import ChecksheetVersionDiff from 'c/checksheetVersionDiff';
import type { IdentifiedItem } from 'c/checksheetCompare';
import { changeCounts, diffRowView, diffSheets, shownEntries } from '../diffModel';

const item = (
  id: string,
  number: string,
  question: string,
  answer: string,
  mark = '○'
): IdentifiedItem => ({
  id,
  number,
  section: '6 運用',
  question,
  status: mark === '×' ? 'not_implemented' : 'implemented',
  mark,
  answer,
  line: 1
});

const OLDER = [
  item('o1', '6-1', '情報セキュリティ方針を定め、文書化すること。', '方針を定めています。'),
  item(
    'o2',
    '6-2',
    '定期的にバックアップを取得し、検査すること。',
    '週次でバックアップを取得しています。'
  ),
  item(
    'o3',
    '6-3',
    '情報のラベル付けをする機能が提供されていること。',
    '提供しておりません。',
    '×'
  ),
  item('o4', '6-4', '紙の書類は施錠したキャビネットに保管すること。', '保管しています。')
];
const NEWER = [
  item('n1', '6-1', '情報セキュリティ方針を定め、文書化すること。', '方針を定めています。'),
  item('n0', '6-2', '多要素認証を管理者アカウントに必須とすること。', '必須としています。'),
  item(
    'n2',
    '6-3',
    '定期的にバックアップを取得し、検査すること。',
    '日次でバックアップを取得しています。'
  ),
  item('n3', '6-4', '情報のラベル付けをする機能が提供されていること。', '提供しておりません。', '×')
];

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function flush(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
  return chain;
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('diffModel', () => {
  const diff = diffSheets(OLDER, NEWER);

  it('finds added, removed, changed and renumbered items', () => {
    expect(diff.counts).toMatchObject({
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 2,
      renumbered: 2
    });
    expect(changeCounts(diff).map((count) => count.text)).toEqual([
      'Changed: 1',
      'Added: 1',
      'Removed: 1',
      'Unchanged: 2'
    ]);
    expect(shownEntries(diff, true)).toHaveLength(4);
    expect(shownEntries(diff, false)).toHaveLength(5);
  });

  it('marks the changed characters of a changed answer on each side', () => {
    const index = diff.entries.findIndex((entry) => entry.change === 'changed');
    const view = diffRowView(diff.entries[index], index);
    expect(view.older.runs.filter((run) => run.changed).map((run) => run.text)).toEqual(['週']);
    expect(view.newer.runs.filter((run) => run.changed).map((run) => run.text)).toEqual(['日']);
    expect(view.renumberText).toBe('Renumbered 6-2 → 6-3');
    expect(view.fieldsText).toBe('Changed: answer');
  });
});

describe('c-checksheet-version-diff', () => {
  function mount(): HTMLElement {
    const element = createElement('c-checksheet-version-diff', { is: ChecksheetVersionDiff });
    Object.assign(element, {
      olderItems: OLDER,
      newerItems: NEWER,
      olderLabel: 'Acme · 1.0',
      newerLabel: 'Acme · 2.0'
    });
    document.body.appendChild(element);
    return element;
  }

  it('lists the changes, with inserted and deleted characters marked in words too', async () => {
    const element = mount();
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    expect(text(root.querySelector('.version-diff__heading'))).toBe('Acme · 1.0 → Acme · 2.0');
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((row) => text(row.querySelector('.diff-change')))).toEqual([
      'Added',
      'Changed',
      'Unchanged',
      'Removed'
    ]);
    expect(text(root.querySelector('del'))).toBe('deleted:週');
    expect(text(root.querySelector('ins'))).toBe('inserted:日');
    expect(text(rows[1].querySelector('.version-diff__renumbered'))).toBe('Renumbered 6-2 → 6-3');
    expect(text(rows[0].querySelector('.version-diff__older'))).toBe('Not in this checksheet');
    await expect(element).toBeAccessible();
  });

  it('shows the unchanged items too when "changes only" is off', async () => {
    const element = mount();
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    const toggle = root.querySelector('.version-diff__changes-only') as HTMLElement;
    toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
    await flush();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(text(root.querySelector('.version-diff__showing'))).toBe('Showing 1–5 of 5 rows');
    // One page: the pager shows no buttons.
    const pager = root.querySelector('.version-diff__pager') as HTMLElement;
    expect((pager.shadowRoot as ShadowRoot).querySelectorAll('lightning-button')).toHaveLength(0);
  });
});
