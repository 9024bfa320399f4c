/**
 * Correcting how an item was read, on the record page: the reviewer opens the editor in place,
 * saves the values through `correctItems`, and the item then shows them with a "Corrected" badge
 * whose text says who, when and what the document said; a failed save keeps what was typed; a
 * viewer sees the badge but no action.
 */
import { createElement } from 'lwc';
import ChecksheetRecordView from 'c/checksheetRecordView';
import getItemPage from '@salesforce/apex/ChecksheetReadController.getItemPage';
import getOpenFollowUps from '@salesforce/apex/ChecksheetReadController.getOpenFollowUps';
import correctItems from '@salesforce/apex/ChecksheetReviewController.correctItems';
import type { ChecksheetItemDto, ItemPage } from 'c/checksheetApi';

jest.mock('@salesforce/apex/ChecksheetReadController.getItemPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/ChecksheetReadController.getOpenFollowUps',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReviewController.correctItems',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const getItemPageMock = getItemPage as unknown as jest.Mock;
const getOpenFollowUpsMock = getOpenFollowUps as unknown as jest.Mock;
const correctItemsMock = correctItems as unknown as jest.Mock;

const SUMMARY = {
  id: 'a00000000000001AAA',
  name: 'Acme Cloud 1.0',
  reviewStatus: 'In_Review',
  itemCount: 2
};

const dto = (n: number, fields: Partial<ChecksheetItemDto> = {}): ChecksheetItemDto => ({
  id: `a01${String(n).padStart(15, '0')}`,
  checksheetId: SUMMARY.id,
  itemNumber: `1-${n}`,
  section: '1 組織',
  question: `確認事項 ${n}`,
  status: 'Implemented',
  statusMark: '○',
  answer: `回答 ${n}`,
  responsibility: 'Vendor',
  answerFlag: 'None',
  sortOrder: n,
  ...fields
});

const page = (canEdit: boolean, items: ChecksheetItemDto[] = [dto(1), dto(2)]): ItemPage => ({
  checksheet: { ...SUMMARY, canEdit },
  items,
  nextAfterSortOrder: null
});

/** The same moment the test's clock shows as 2026-12-01 09:05. */
const CORRECTED_ON = new Date(2026, 11, 1, 9, 5).toISOString();

const CORRECTED = dto(1, {
  status: 'Partial',
  statusMark: '△',
  answer: 'AES-256 on every volume.',
  originalReading: JSON.stringify({ status: 'Implemented', statusMark: '○', answer: '回答 1' }),
  correctedById: '005000000000002AAA',
  correctedByName: 'Riko Reviewer',
  correctedOn: CORRECTED_ON
});

function mount(): HTMLElement {
  const element = createElement('c-checksheet-record-view', {
    is: ChecksheetRecordView
  }) as HTMLElement & { recordId: string };
  element.recordId = SUMMARY.id;
  document.body.appendChild(element);
  return element;
}

function flush(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
  return chain;
}

const list = (element: HTMLElement): ShadowRoot =>
  ((element.shadowRoot as ShadowRoot).querySelector('c-checksheet-item-list') as HTMLElement)
    .shadowRoot as ShadowRoot;

type Control = HTMLElement & { value: string; label: string; disabled: boolean };
const control = (element: HTMLElement, selector: string) =>
  list(element).querySelector(selector) as Control | null;
const all = (element: HTMLElement, selector: string) => [
  ...list(element).querySelectorAll<Control>(selector)
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function type(element: HTMLElement, selector: string, value: string): void {
  const field = control(element, selector) as Control;
  field.value = value;
  field.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

beforeEach(() => {
  getOpenFollowUpsMock.mockResolvedValue([]);
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-checksheet-record-view corrections', () => {
  it('opens an editor in place on the stored reading, and Cancel closes it unchanged', async () => {
    getItemPageMock.mockResolvedValue(page(true));
    const element = mount();
    await flush();
    const buttons = all(element, '.item-list__correct');
    expect(buttons.map((button) => button.label)).toEqual(['Correct reading', 'Correct reading']);
    expect(buttons[0].title).toBe('Correct the reading of item 1-1');
    buttons[0].click();
    await flush();
    const editor = list(element).querySelector('.item-list__correction') as HTMLElement;
    expect(editor.getAttribute('role')).toBe('group');
    expect(editor.getAttribute('aria-label')).toBe('Correct how item 1-1 was read');
    expect(control(element, '.item-list__correct-status')?.value).toBe('Implemented');
    expect(control(element, '.item-list__correct-mark')?.value).toBe('○');
    expect(control(element, '.item-list__correct-question')?.value).toBe('確認事項 1');
    expect(control(element, '.item-list__correct-answer')?.value).toBe('回答 1');
    expect(control(element, '.item-list__correct-responsibility')?.value).toBe('Vendor');
    expect(control(element, '.item-list__correct-flag')?.value).toBe('None');
    // The editor takes the place of the item's question and answer; the other item is as it was.
    expect(all(element, '.item-list__question').map(text)).toEqual(['確認事項 2']);
    await expect(element).toBeAccessible();
    type(element, '.item-list__correct-answer', 'typed');
    control(element, '.item-list__correct-cancel')?.click();
    await flush();
    expect(control(element, '.item-list__correction')).toBeNull();
    expect(all(element, '.item-list__answer').map(text)).toEqual(['Answer回答 1', 'Answer回答 2']);
    expect(correctItemsMock).not.toHaveBeenCalled();
  });

  it('saves the corrected status and answer, then shows them with a "Corrected" badge', async () => {
    getItemPageMock.mockResolvedValue(page(true));
    correctItemsMock.mockResolvedValue([CORRECTED]);
    const element = mount();
    await flush();
    all(element, '.item-list__correct')[0].click();
    await flush();
    type(element, '.item-list__correct-status', 'Partial');
    type(element, '.item-list__correct-mark', '△');
    type(element, '.item-list__correct-answer', 'AES-256 on every volume.');
    type(element, '.item-list__correct-flag', '');
    await flush();
    control(element, '.item-list__correct-save')?.click();
    await flush();
    expect(correctItemsMock).toHaveBeenCalledWith({
      corrections: [
        {
          itemId: dto(1).id,
          status: 'Partial',
          statusMark: '△',
          question: '確認事項 1',
          answer: 'AES-256 on every volume.',
          responsibility: 'Vendor',
          answerFlag: 'None'
        }
      ]
    });
    expect(control(element, '.item-list__correction')).toBeNull();
    expect(text(list(element).querySelector('.item-list__answer'))).toBe(
      'AnswerAES-256 on every volume.'
    );
    const badge = list(element).querySelector('.item-list__corrected-badge') as HTMLElement;
    expect(text(badge)).toBe('Corrected');
    expect(badge.getAttribute('tabindex')).toBe('0');
    const tip = list(element).querySelector('.item-list__corrected-tip') as HTMLElement;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(badge.getAttribute('aria-describedby')).toBe(tip.getAttribute('id'));
    expect(text(tip)).toBe(
      'Corrected by Riko Reviewer on 2026-12-01 09:05. The document said: status: Implemented; mark: ○; answer: “回答 1”'
    );
    expect(text((element.shadowRoot as ShadowRoot).querySelector('.record-view__saved'))).toBe(
      'Correction of item 1-1 saved.'
    );
    // The status counts follow the corrected status.
    const bar = (element.shadowRoot as ShadowRoot).querySelector(
      'c-checksheet-status-bar'
    ) as HTMLElement & { counts: Record<string, number> };
    expect(bar.counts).toEqual({ Partial: 1, Implemented: 1 });
    await expect(element).toBeAccessible();
  });

  it('keeps the typed text and says why when the save fails', async () => {
    getItemPageMock.mockResolvedValue(page(true));
    correctItemsMock.mockRejectedValue({
      body: { message: 'Not an allowed value for status: Done.' }
    });
    const element = mount();
    await flush();
    all(element, '.item-list__correct')[1].click();
    await flush();
    type(element, '.item-list__correct-answer', 'My careful correction.');
    await flush();
    control(element, '.item-list__correct-save')?.click();
    await flush();
    expect(control(element, '.item-list__correct-answer')?.value).toBe('My careful correction.');
    expect(text(list(element).querySelector('.item-list__correct-error'))).toBe(
      'The correction was not saved: Not an allowed value for status: Done.'
    );
    expect(control(element, '.item-list__correct-save')?.disabled).toBe(false);
    expect(list(element).querySelector('.item-list__corrected-badge')).toBeNull();
    // Typing again clears the reason.
    type(element, '.item-list__correct-answer', 'My careful correction, again.');
    await flush();
    expect(list(element).querySelector('.item-list__correct-error')).toBeNull();
  });

  it('shows a viewer the "Corrected" badge and its text, and no correction action', async () => {
    getItemPageMock.mockResolvedValue(page(false, [CORRECTED, dto(2)]));
    const element = mount();
    await flush();
    expect(all(element, '.item-list__correct')).toHaveLength(0);
    expect(all(element, '.item-list__corrected-badge').map(text)).toEqual(['Corrected']);
    expect(text(list(element).querySelector('.item-list__corrected-tip'))).toContain(
      'The document said: status: Implemented'
    );
    await expect(element).toBeAccessible();
  });
});
