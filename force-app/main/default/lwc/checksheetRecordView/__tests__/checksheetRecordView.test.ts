import { createElement } from 'lwc';
import ChecksheetRecordView from 'c/checksheetRecordView';
import getItemPage from '@salesforce/apex/ChecksheetReadController.getItemPage';
import saveVerdicts from '@salesforce/apex/ChecksheetReviewController.saveVerdicts';
import getOpenFollowUps from '@salesforce/apex/ChecksheetReadController.getOpenFollowUps';
import createFollowUps from '@salesforce/apex/ChecksheetReviewController.createFollowUps';
import setReviewStatus from '@salesforce/apex/ChecksheetReviewController.setReviewStatus';
import discardChecksheet from '@salesforce/apex/ChecksheetImportController.discardChecksheet';
import type { ChecksheetItemDto, ItemPage } from 'c/checksheetApi';
import { coverageText } from 'c/checksheetSummaryView';
import { headerFacts, toListItems } from '../recordViewModel';

jest.mock('@salesforce/apex/ChecksheetReadController.getItemPage', () => ({ default: jest.fn() }), {
  virtual: true
});

jest.mock(
  '@salesforce/apex/ChecksheetReviewController.saveVerdicts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

jest.mock(
  '@salesforce/apex/ChecksheetReadController.getOpenFollowUps',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReviewController.createFollowUps',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReviewController.setReviewStatus',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

jest.mock(
  '@salesforce/apex/ChecksheetImportController.discardChecksheet',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

// Field history (issue 8): the History section's list wires this method.
jest.mock(
  '@salesforce/apex/ChecksheetReadController.getChecksheetHistory',
  () => {
    // A jest.mock factory runs before imports are bound: it must require what it uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

const getItemPageMock = getItemPage as unknown as jest.Mock;
const discardChecksheetMock = discardChecksheet as unknown as jest.Mock;
const getOpenFollowUpsMock = getOpenFollowUps as unknown as jest.Mock;
const createFollowUpsMock = createFollowUps as unknown as jest.Mock;
const setReviewStatusMock = setReviewStatus as unknown as jest.Mock;
const saveVerdictsMock = saveVerdicts as unknown as jest.Mock;

const SUMMARY = {
  id: 'a00000000000001AAA',
  vendorId: '001000000000001AAA',
  name: 'Acme Cloud 1.0',
  vendorName: 'Acme Cloud Co.',
  serviceName: 'Acme Cloud',
  documentVersion: '1.0',
  reviewStatus: 'In_Review',
  reviewerName: 'Rei Reviewer',
  coverage: 66.666,
  issuedOn: '2025-04-01',
  itemCount: 3
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
  sortOrder: n,
  ...fields
});

const PAGE: ItemPage = {
  checksheet: SUMMARY,
  items: [
    dto(1),
    dto(2, { status: 'Partial', statusMark: '△' }),
    dto(3, { section: null, answer: null })
  ],
  nextAfterSortOrder: null
};

function mount(recordId: string): HTMLElement {
  const element = createElement('c-checksheet-record-view', {
    is: ChecksheetRecordView
  }) as HTMLElement & {
    recordId: string;
  };
  element.recordId = recordId;
  document.body.appendChild(element);
  return element;
}

/** Lets pending promise callbacks (Apex answers, their `then`s) run. */
function flush(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
  return chain;
}

beforeEach(() => {
  getOpenFollowUpsMock.mockResolvedValue([]);
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('recordViewModel', () => {
  it('fills absent DTO values with empty text', () => {
    expect(toListItems([{ id: 'x', checksheetId: 'y' }])).toEqual([
      {
        id: 'x',
        itemNumber: '',
        section: '',
        question: '',
        status: 'None',
        statusMark: '',
        answer: '',
        sourceSheet: '',
        reviewerVerdict: '',
        reviewerComment: '',
        responsibility: '',
        responsibleParty: '',
        answerFlag: '',
        answerFlagReason: '',
        originalReading: '',
        correctedByName: '',
        correctedOn: ''
      }
    ]);
  });

  it('writes the coverage as a whole percent', () => {
    expect([coverageText(66.666), coverageText(null), coverageText(0)]).toEqual(['67%', '', '0%']);
  });

  it('lists the header facts in words, with a dash where a value is missing', () => {
    const facts = headerFacts({ ...SUMMARY, supersedesVersion: '0.9' });
    expect(facts.map((fact) => [fact.label, fact.value])).toEqual([
      ['Vendor', 'Acme Cloud Co.'],
      ['Service', 'Acme Cloud'],
      ['Version', '1.0'],
      ['Review status', 'In review'],
      ['Reviewer', 'Rei Reviewer'],
      ['Coverage', '67%'],
      ['Issued on', '2025-04-01'],
      ['Received on', '—'],
      ['Next review', '—'],
      ['Replaces version', '0.9']
    ]);
  });
});

describe('c-checksheet-record-view', () => {
  it('reads the checksheet through the Apex service and shows its header, status bar and items', async () => {
    getItemPageMock.mockResolvedValue(PAGE);
    const element = mount(SUMMARY.id);
    await flush();
    expect(getItemPageMock).toHaveBeenCalledWith({
      checksheetId: SUMMARY.id,
      afterSortOrder: null,
      pageSize: undefined
    });
    const root = element.shadowRoot as ShadowRoot;
    const card = root.querySelector('lightning-card') as HTMLElement & { title: string };
    expect(card.title).toBe('Acme Cloud 1.0');
    const values = [...root.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values.slice(0, 4)).toEqual(['Acme Cloud Co.', 'Acme Cloud', '1.0', 'In review']);
    // The vendor links to its Account page (the URL lightning/navigation generates).
    expect(root.querySelector('dd a')?.textContent).toBe('Acme Cloud Co.');
    expect(root.querySelector('dd a')?.getAttribute('href')).toBe('https://www.example.com');
    const bar = root.querySelector('c-checksheet-status-bar') as HTMLElement & {
      counts: Record<string, number>;
    };
    expect(bar.counts).toEqual({ Implemented: 2, Partial: 1 });
    const list = root.querySelector('c-checksheet-item-list') as HTMLElement & {
      items: { itemNumber: string; section: string }[];
    };
    expect(list.items.map((item) => [item.itemNumber, item.section])).toEqual([
      ['1-1', '1 組織'],
      ['1-2', '1 組織'],
      ['1-3', '']
    ]);
    expect(root.querySelector('.slds-text-title.slds-m-bottom_xx-small')?.textContent).toBe(
      '3 items'
    );
  });

  it('reads a large checksheet page by page, saying how far it got', async () => {
    let release: (page: ItemPage) => void = () => undefined;
    getItemPageMock
      .mockResolvedValueOnce({
        ...PAGE,
        checksheet: { ...SUMMARY, itemCount: 4000 },
        items: [dto(1)],
        nextAfterSortOrder: 1
      })
      .mockImplementationOnce(() => new Promise<ItemPage>((resolve) => (release = resolve)));
    const element = mount(SUMMARY.id);
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Loading items… 1 of 4000'
    );
    expect(root.querySelector('c-checksheet-item-list')).toBeNull();
    release({ ...PAGE, items: [dto(2)], nextAfterSortOrder: null });
    await flush();
    expect(getItemPageMock).toHaveBeenLastCalledWith({
      checksheetId: SUMMARY.id,
      afterSortOrder: 1,
      pageSize: undefined
    });
    const list = root.querySelector('c-checksheet-item-list') as HTMLElement & { items: unknown[] };
    expect(list.items).toHaveLength(2);
  });

  it('says what went wrong when the checksheet cannot be read', async () => {
    getItemPageMock.mockRejectedValue({
      status: 400,
      body: { message: 'You do not have access to this checksheet.' }
    });
    const element = mount(SUMMARY.id);
    await flush();
    const alert = (element.shadowRoot as ShadowRoot).querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'Something went wrong: You do not have access to this checksheet.'
    );
    expect((element.shadowRoot as ShadowRoot).querySelector('c-checksheet-item-list')).toBeNull();
  });

  it('is accessible', async () => {
    getItemPageMock.mockResolvedValue(PAGE);
    const element = mount(SUMMARY.id);
    await flush();
    await expect(element).toBeAccessible();
  });
});

describe('c-checksheet-record-view review', () => {
  const REVIEWABLE: ItemPage = { ...PAGE, checksheet: { ...SUMMARY, canEdit: true } };

  type ListElement = HTMLElement & {
    reviewable: boolean;
    drafts: { drafts: Record<string, unknown> };
  };
  const list = (element: HTMLElement) =>
    (element.shadowRoot as ShadowRoot).querySelector('c-checksheet-item-list') as ListElement;
  const edit = (element: HTMLElement, ids: string[], change: Record<string, unknown>) =>
    list(element).dispatchEvent(new CustomEvent('reviewedit', { detail: { ids, change } }));
  const button = (element: HTMLElement, selector: string) =>
    (element.shadowRoot as ShadowRoot).querySelector(selector) as HTMLElement & {
      label: string;
      disabled: boolean;
    };

  it('offers no verdict controls to a user who may not edit, and says why', async () => {
    getItemPageMock.mockResolvedValue(PAGE);
    const element = mount(SUMMARY.id);
    await flush();
    expect(list(element).reviewable).toBe(false);
    expect(button(element, '.record-view__save')).toBeNull();
    expect(
      (element.shadowRoot as ShadowRoot).querySelector('.record-view__read-only')?.textContent
    ).toBe(
      'You can read this checksheet but not record verdicts on it. Ask its owner or an admin to assign you as reviewer.'
    );
  });

  it('keeps verdicts and comments as unsaved until Save, then saves them in one call', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    const element = mount(SUMMARY.id);
    await flush();
    expect(list(element).reviewable).toBe(true);
    expect(button(element, '.record-view__save').disabled).toBe(true);
    edit(element, [dto(1).id], { verdict: 'Acceptable' });
    edit(element, [dto(2).id], { comment: 'Ask for the pen-test report.' });
    await flush();
    expect(button(element, '.record-view__save').label).toBe('Save 2 changes');
    expect(Object.keys(list(element).drafts.drafts)).toHaveLength(2);
    saveVerdictsMock.mockResolvedValue([
      { ...dto(1), reviewerVerdict: 'Acceptable' },
      { ...dto(2), reviewerComment: 'Ask for the pen-test report.' }
    ]);
    button(element, '.record-view__save').click();
    await flush();
    expect(saveVerdictsMock).toHaveBeenCalledWith({
      changes: [
        { itemId: dto(1).id, verdict: 'Acceptable', comment: null },
        { itemId: dto(2).id, verdict: null, comment: 'Ask for the pen-test report.' }
      ]
    });
    expect(Object.keys(list(element).drafts.drafts)).toHaveLength(0);
    expect((element.shadowRoot as ShadowRoot).querySelector('[role="status"]')?.textContent).toBe(
      'Saved 2 items.'
    );
    const items = (list(element) as unknown as { items: { reviewerVerdict: string }[] }).items;
    expect(items[0].reviewerVerdict).toBe('Acceptable');
  });

  it('sets one verdict on every selected item', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    const element = mount(SUMMARY.id);
    await flush();
    list(element).dispatchEvent(
      new CustomEvent('selectallshown', {
        detail: { on: true, shownIds: PAGE.items.map((i) => i.id) }
      })
    );
    await flush();
    expect(
      (element.shadowRoot as ShadowRoot).querySelector('.record-view__selected')?.textContent
    ).toBe('3 selected');
    const verdict = (element.shadowRoot as ShadowRoot).querySelector(
      '.record-view__bulk-verdict'
    ) as HTMLElement;
    verdict.dispatchEvent(new CustomEvent('change', { detail: { value: 'Follow_Up' } }));
    await flush();
    button(element, '.record-view__apply').click();
    await flush();
    expect(button(element, '.record-view__save').label).toBe('Save 3 changes');
    list(element).dispatchEvent(
      new CustomEvent('selectitem', {
        detail: { id: dto(2).id, on: false, shift: false, shownIds: [] }
      })
    );
    await flush();
    expect(
      (element.shadowRoot as ShadowRoot).querySelector('.record-view__selected')?.textContent
    ).toBe('2 selected');
  });

  it('keeps the text and says why when a save fails', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    saveVerdictsMock.mockRejectedValue({ body: { message: 'You cannot edit this checksheet.' } });
    const element = mount(SUMMARY.id);
    await flush();
    edit(element, [dto(3).id], { comment: '<img src=x onerror=alert(1)>' });
    await flush();
    button(element, '.record-view__save').click();
    await flush();
    expect((element.shadowRoot as ShadowRoot).querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved: You cannot edit this checksheet. Your changes are kept.'
    );
    expect(list(element).drafts.drafts[dto(3).id]).toEqual({
      comment: '<img src=x onerror=alert(1)>'
    });
    expect(button(element, '.record-view__save').label).toBe('Save 1 changes');
  });

  it('is accessible while reviewing', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    const element = mount(SUMMARY.id);
    await flush();
    await expect(element).toBeAccessible();
  });
});

describe('c-checksheet-record-view follow-ups and the review path', () => {
  const REVIEWABLE: ItemPage = {
    ...PAGE,
    checksheet: { ...SUMMARY, canEdit: true },
    items: [dto(1, { reviewerVerdict: 'Acceptable' }), dto(2), dto(3)]
  };
  const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
  type ListElement = HTMLElement & {
    items: { id: string; reviewerVerdict: string }[];
    followUps: Record<string, { subject: string }[]>;
  };
  const list = (element: HTMLElement) =>
    root(element).querySelector('c-checksheet-item-list') as ListElement;
  const path = (element: HTMLElement) =>
    root(element).querySelector('c-checksheet-review-path') as HTMLElement & {
      editable: boolean;
      reviewStatus: string;
    };
  const task = (n: number, fields: Record<string, unknown> = {}) => ({
    id: `00T${String(n).padStart(15, '0')}`,
    itemId: dto(n).id,
    subject: `1-${n} 確認事項 ${n}`,
    status: 'Not Started',
    ownerName: 'Rei Reviewer',
    activityDate: '2026-12-15',
    isClosed: false,
    ...fields
  });

  it('shows the open follow-ups Apex has for the items, and reads them once the items are in', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    getOpenFollowUpsMock.mockResolvedValue([task(2), task(3, { isClosed: true })]);
    const element = mount(SUMMARY.id);
    await flush();
    expect(getOpenFollowUpsMock).toHaveBeenCalledWith({ checksheetId: SUMMARY.id });
    expect(Object.keys(list(element).followUps)).toEqual([dto(2).id]);
  });

  it('creates a follow-up per selected item, due on the chosen date, and shows them on the items', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    createFollowUpsMock.mockResolvedValue([task(1), task(2)]);
    const element = mount(SUMMARY.id);
    await flush();
    const due = root(element).querySelector('.record-view__follow-up-due') as HTMLElement & {
      value: string;
    };
    expect(due.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    due.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-12-15' } }));
    list(element).dispatchEvent(
      new CustomEvent('selectallshown', {
        detail: { on: true, shownIds: [dto(1).id, dto(2).id] }
      })
    );
    await flush();
    (root(element).querySelector('.record-view__follow-up') as HTMLElement).click();
    await flush();
    expect(createFollowUpsMock).toHaveBeenCalledWith({
      itemIds: [dto(1).id, dto(2).id],
      dueDate: '2026-12-15'
    });
    expect(root(element).querySelector('[role="status"]')?.textContent).toBe(
      'Created 2 follow-up tasks.'
    );
    expect(Object.keys(list(element).followUps).sort()).toEqual([dto(1).id, dto(2).id]);
    // Apex sets Follow_Up where no verdict was saved, and keeps a saved one.
    expect(list(element).items.map((item) => item.reviewerVerdict)).toEqual([
      'Acceptable',
      'Follow_Up',
      ''
    ]);
  });

  it('creates a follow-up for one item from its own button, and says why when Apex refuses', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    createFollowUpsMock.mockRejectedValue({
      body: { message: 'You cannot edit this checksheet.' }
    });
    const element = mount(SUMMARY.id);
    await flush();
    list(element).dispatchEvent(new CustomEvent('followup', { detail: { ids: [dto(3).id] } }));
    await flush();
    expect(createFollowUpsMock.mock.calls[0][0].itemIds).toEqual([dto(3).id]);
    expect(root(element).querySelector('[role="alert"]')?.textContent).toBe(
      'Follow-ups not created: You cannot edit this checksheet.'
    );
    expect(list(element).items[2].reviewerVerdict).toBe('');
  });

  it('shows how many items are reviewed, in all and per verdict', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    const element = mount(SUMMARY.id);
    await flush();
    const progress = root(element).querySelector('.record-view__progress') as HTMLElement;
    expect(progress.querySelector('p')?.textContent?.trim()).toBe('Reviewed 1 of 3');
    expect(progress.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe(
      '33'
    );
    expect([...progress.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
      'Acceptable: 1',
      'Follow up: 0',
      'Risk accepted: 0',
      'Unacceptable: 0'
    ]);
  });

  it('approves through Apex with the chosen next review date and shows the checksheet as Apex returns it', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    setReviewStatusMock.mockResolvedValue({
      ...SUMMARY,
      canEdit: true,
      reviewStatus: 'Approved',
      nextReviewOn: '2027-12-01'
    });
    const element = mount(SUMMARY.id);
    await flush();
    expect(path(element).editable).toBe(true);
    expect(path(element).reviewStatus).toBe('In_Review');
    path(element).dispatchEvent(
      new CustomEvent('statuschange', {
        detail: { reviewStatus: 'Approved', nextReviewOn: '2027-12-01' }
      })
    );
    await flush();
    expect(setReviewStatusMock).toHaveBeenCalledWith({
      checksheetId: SUMMARY.id,
      reviewStatus: 'Approved',
      nextReviewOn: '2027-12-01'
    });
    expect(root(element).querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Review status: Approved.'
    );
    const values = [...root(element).querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values).toContain('2027-12-01');
    expect(path(element).reviewStatus).toBe('Approved');
  });

  it('says why a move was refused and keeps the status', async () => {
    getItemPageMock.mockResolvedValue(REVIEWABLE);
    setReviewStatusMock.mockRejectedValue({
      body: { message: 'A checksheet cannot move from In Review to Received.' }
    });
    const element = mount(SUMMARY.id);
    await flush();
    path(element).dispatchEvent(
      new CustomEvent('statuschange', { detail: { reviewStatus: 'Rejected', nextReviewOn: null } })
    );
    await flush();
    expect(root(element).querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Review status not changed: A checksheet cannot move from In Review to Received.'
    );
    expect(path(element).reviewStatus).toBe('In_Review');
  });

  it('offers a viewer neither the path moves nor follow-ups', async () => {
    getItemPageMock.mockResolvedValue(PAGE);
    const element = mount(SUMMARY.id);
    await flush();
    expect(path(element).editable).toBe(false);
    expect(root(element).querySelector('.record-view__follow-up')).toBeNull();
    expect(root(element).querySelector('.record-view__follow-up-due')).toBeNull();
    await expect(element).toBeAccessible();
  });
});

describe('c-checksheet-record-view export', () => {
  const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;

  it('exports every item with its saved verdict, comment and open follow-ups as a UTF-8 CSV named after the checksheet and day', async () => {
    const files: { blob: Blob; name: string }[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        files.push({ blob, name: '' });
        return 'blob:local';
      }),
      revokeObjectURL: jest.fn()
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      files[files.length - 1].name = this.download;
    });
    getItemPageMock.mockResolvedValue({
      ...PAGE,
      items: [
        dto(1, { reviewerVerdict: 'Follow_Up', reviewerComment: '=HYPERLINK("x") 証跡を依頼' }),
        dto(2, {
          status: 'Partial',
          statusMark: '△',
          originalReading: '{"status":"Implemented"}',
          correctedByName: 'Riko Reviewer',
          correctedOn: new Date(2026, 11, 1, 9, 5).toISOString()
        })
      ]
    });
    getOpenFollowUpsMock.mockResolvedValue([
      {
        id: '00T000000000000001',
        itemId: dto(1).id,
        subject: 'Ask for the audit report',
        activityDate: '2026-12-15',
        isClosed: false
      }
    ]);
    const element = mount(SUMMARY.id);
    await flush();
    (
      root(element).querySelector('lightning-button.record-view__export-csv') as HTMLElement
    ).click();
    await flush();
    click.mockRestore();
    expect(files).toHaveLength(1);
    expect(files[0].name).toMatch(/^Review_.+_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(files[0].blob);
    });
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      '項番 No.,セクション Section,確認事項 Question,実施状況 Status,実施有無 Mark,備考 Answer,訂正 Corrected,判定 Verdict,コメント Comment,未完了のフォローアップ Open follow-ups'
    );
    // The comment's formula is neutralised; the follow-up is listed with its due date.
    expect(lines[1]).toBe(
      `1-1,1 組織,確認事項 1,実施 Implemented,○,回答 1,,Follow up,"'=HYPERLINK(""x"") 証跡を依頼",Ask for the audit report (2026-12-15)`
    );
    // A corrected item says who corrected it, when, and what the document said.
    expect(lines[2]).toBe(
      '1-2,1 組織,確認事項 2,一部実施 Partial,△,回答 2,Corrected by Riko Reviewer on 2026-12-01 09:05. The document said: status: Implemented,,,'
    );
    expect(root(element).querySelector('.record-view__export-error')).toBeNull();
  });
});

describe('c-checksheet-record-view discard', () => {
  const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
  const OWNED: ItemPage = {
    ...PAGE,
    checksheet: { ...SUMMARY, reviewStatus: 'Received', canEdit: true, canDiscard: true }
  };
  const click = (element: HTMLElement, selector: string) =>
    (root(element).querySelector(selector) as HTMLElement).click();

  it('offers the owner to discard a Received checksheet, asks first, then deletes it through Apex', async () => {
    getItemPageMock.mockResolvedValue(OWNED);
    discardChecksheetMock.mockResolvedValue(null);
    const element = mount(SUMMARY.id);
    await flush();
    click(element, '.record-view__discard-button');
    await flush();
    expect(root(element).querySelector('.record-view__discard [role="group"] p')?.textContent).toBe(
      'Discard this checksheet and its 3 items? This cannot be undone.'
    );
    click(element, '.record-view__discard-no');
    await flush();
    expect(root(element).querySelector('.record-view__discard-yes')).toBeNull();
    expect(discardChecksheetMock).not.toHaveBeenCalled();
    click(element, '.record-view__discard-button');
    await flush();
    await expect(element).toBeAccessible();
    click(element, '.record-view__discard-yes');
    await flush();
    expect(discardChecksheetMock).toHaveBeenCalledWith({ checksheetId: SUMMARY.id });
    expect(root(element).querySelector('.record-view__discard-error')).toBeNull();
  });

  it('says why Apex refused the discard', async () => {
    getItemPageMock.mockResolvedValue(OWNED);
    discardChecksheetMock.mockRejectedValue({
      body: { message: "Only the checksheet's owner can discard it." }
    });
    const element = mount(SUMMARY.id);
    await flush();
    click(element, '.record-view__discard-button');
    await flush();
    click(element, '.record-view__discard-yes');
    await flush();
    expect(root(element).querySelector('.record-view__discard-error')?.textContent?.trim()).toBe(
      "Not discarded: Only the checksheet's owner can discard it."
    );
  });

  it('offers no discard to someone who does not own it or once the review started', async () => {
    getItemPageMock.mockResolvedValue({
      ...OWNED,
      checksheet: { ...OWNED.checksheet, canDiscard: false }
    });
    const element = mount(SUMMARY.id);
    await flush();
    expect(root(element).querySelector('.record-view__discard-button')).toBeNull();
  });
});

describe('c-checksheet-record-view carry forward', () => {
  const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
  const PREVIOUS_ID = 'a00000000000002AAA';
  const NEWER: ItemPage = {
    ...PAGE,
    checksheet: { ...SUMMARY, canEdit: true, supersedesId: PREVIOUS_ID, supersedesVersion: '0.9' }
  };
  const OLDER: ItemPage = {
    checksheet: { ...SUMMARY, id: PREVIOUS_ID, documentVersion: '0.9' },
    items: [
      dto(11, {
        itemNumber: '1-1',
        question: '確認事項 1',
        answer: '回答 1',
        reviewerVerdict: 'Acceptable',
        reviewerComment: 'Seen.'
      }),
      dto(12, {
        itemNumber: '1-2',
        question: '確認事項 2',
        answer: '前の回答',
        status: 'Partial',
        statusMark: '△',
        reviewerVerdict: 'Unacceptable'
      }),
      dto(13, {
        itemNumber: '1-3',
        question: '確認事項 3',
        section: null,
        answer: null,
        reviewerVerdict: 'Risk_Accepted'
      })
    ],
    nextAfterSortOrder: null
  };
  type ListElement = HTMLElement & {
    carried: ReadonlySet<string>;
    carriedFrom: string;
    drafts: { drafts: Record<string, unknown> };
  };
  const list = (element: HTMLElement) =>
    root(element).querySelector('c-checksheet-item-list') as ListElement;

  beforeEach(() => {
    getItemPageMock.mockImplementation(({ checksheetId }: { checksheetId: string }) =>
      Promise.resolve(checksheetId === PREVIOUS_ID ? OLDER : NEWER)
    );
  });

  it('proposes the earlier verdict and comment on unchanged items, marked carried, and saves them on "Confirm all"', async () => {
    const element = mount(SUMMARY.id);
    await flush();
    await flush();
    expect(getItemPageMock).toHaveBeenCalledWith({
      checksheetId: PREVIOUS_ID,
      afterSortOrder: null,
      pageSize: undefined
    });
    // 1-2's answer changed: it starts unreviewed.
    expect([...list(element).carried].sort()).toEqual([dto(1).id, dto(3).id]);
    expect(list(element).carriedFrom).toBe('0.9');
    expect(list(element).drafts.drafts[dto(1).id]).toEqual({
      verdict: 'Acceptable',
      comment: 'Seen.'
    });
    expect(root(element).querySelector('.record-view__carried span')?.textContent).toBe(
      '2 verdicts carried from version 0.9 wait for your confirmation.'
    );
    await expect(element).toBeAccessible();
    saveVerdictsMock.mockResolvedValue([
      { ...dto(1), reviewerVerdict: 'Acceptable', reviewerComment: 'Seen.' },
      { ...dto(3), reviewerVerdict: 'Risk_Accepted' }
    ]);
    (root(element).querySelector('.record-view__confirm-carried') as HTMLElement).click();
    await flush();
    expect(saveVerdictsMock).toHaveBeenCalledWith({
      changes: [
        { itemId: dto(1).id, verdict: 'Acceptable', comment: 'Seen.' },
        { itemId: dto(3).id, verdict: 'Risk_Accepted', comment: null }
      ]
    });
    expect(list(element).carried.size).toBe(0);
    expect(root(element).querySelector('.record-view__carried')).toBeNull();
  });

  it('confirms one carried item alone, and an item the reviewer edits is no longer carried', async () => {
    const element = mount(SUMMARY.id);
    await flush();
    await flush();
    list(element).dispatchEvent(
      new CustomEvent('reviewedit', { detail: { ids: [dto(3).id], change: { comment: 'Mine.' } } })
    );
    await flush();
    expect([...list(element).carried]).toEqual([dto(1).id]);
    saveVerdictsMock.mockResolvedValue([{ ...dto(1), reviewerVerdict: 'Acceptable' }]);
    list(element).dispatchEvent(
      new CustomEvent('confirmcarried', { detail: { ids: [dto(1).id] } })
    );
    await flush();
    expect(
      saveVerdictsMock.mock.calls[0][0].changes.map((change: { itemId: string }) => change.itemId)
    ).toEqual([dto(1).id]);
    // The reviewer's own edit of 1-3 stays unsaved.
    expect(Object.keys(list(element).drafts.drafts)).toEqual([dto(3).id]);
  });
});

describe('c-checksheet-record-view field history', () => {
  const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
  type HistoryElement = HTMLElement & {
    checksheetId: string;
    itemId: string | null;
    version: number;
  };
  const history = (element: HTMLElement) =>
    root(element).querySelector('c-checksheet-history') as HistoryElement | null;
  const toggle = (element: HTMLElement) =>
    root(element).querySelector('.record-view__history-toggle') as HTMLButtonElement;

  it('keeps the History section closed until asked, then shows the checksheet history', async () => {
    getItemPageMock.mockResolvedValue(PAGE);
    const element = mount(SUMMARY.id);
    await flush();
    expect(toggle(element).textContent?.trim()).toBe('History');
    expect(toggle(element).getAttribute('aria-expanded')).toBe('false');
    expect(history(element)).toBeNull();
    toggle(element).click();
    await flush();
    expect(toggle(element).getAttribute('aria-expanded')).toBe('true');
    expect(history(element)?.checksheetId).toBe(SUMMARY.id);
    expect(history(element)?.itemId).toBeNull();
    const list = root(element).querySelector('c-checksheet-item-list') as HTMLElement & {
      checksheetId: string;
    };
    expect(list.checksheetId).toBe(SUMMARY.id);
    await expect(element).toBeAccessible();
    toggle(element).click();
    await flush();
    expect(history(element)).toBeNull();
  });

  it('has an open history read again after a save and after a move on the path', async () => {
    getItemPageMock.mockResolvedValue({ ...PAGE, checksheet: { ...SUMMARY, canEdit: true } });
    saveVerdictsMock.mockResolvedValue([{ ...dto(1), reviewerVerdict: 'Acceptable' }]);
    setReviewStatusMock.mockResolvedValue({ ...SUMMARY, canEdit: true, reviewStatus: 'Approved' });
    const element = mount(SUMMARY.id);
    await flush();
    toggle(element).click();
    await flush();
    const before = history(element)!.version;
    root(element)
      .querySelector('c-checksheet-item-list')!
      .dispatchEvent(
        new CustomEvent('reviewedit', {
          detail: { ids: [dto(1).id], change: { verdict: 'Acceptable' } }
        })
      );
    await flush();
    (root(element).querySelector('.record-view__save') as HTMLElement).click();
    await flush();
    expect(history(element)!.version).toBe(before + 1);
    root(element)
      .querySelector('c-checksheet-review-path')!
      .dispatchEvent(
        new CustomEvent('statuschange', {
          detail: { reviewStatus: 'Approved', nextReviewOn: null }
        })
      );
    await flush();
    expect(history(element)!.version).toBe(before + 2);
  });
});
