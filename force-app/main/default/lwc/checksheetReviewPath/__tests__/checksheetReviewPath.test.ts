import { createElement } from 'lwc';
import ChecksheetReviewPath from 'c/checksheetReviewPath';

type PathElement = HTMLElement & {
  reviewStatus: string | null;
  editable: boolean;
  busy: boolean;
};

function mount(reviewStatus: string | null, editable: boolean): PathElement {
  const element = createElement('c-checksheet-review-path', {
    is: ChecksheetReviewPath
  }) as PathElement;
  element.reviewStatus = reviewStatus;
  element.editable = editable;
  document.body.appendChild(element);
  return element;
}

const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const steps = (element: HTMLElement) =>
  [...root(element).querySelectorAll('lightning-progress-step')].map(
    (step) => (step as HTMLElement & { label: string }).label
  );
const current = (element: HTMLElement) =>
  (
    root(element).querySelector('lightning-progress-indicator') as HTMLElement & {
      currentStep: string;
    }
  ).currentStep;
const buttons = (element: HTMLElement) =>
  [...root(element).querySelectorAll('lightning-button')] as (HTMLElement & { label: string })[];
const flush = () => Promise.resolve();

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-checksheet-review-path', () => {
  it('shows Received, In review and the decision to come, at Received when blank', () => {
    const element = mount(null, true);
    expect(steps(element)).toEqual(['Received', 'In review', 'Decision']);
    expect(current(element)).toBe('Received');
    expect(buttons(element).map((button) => button.label)).toEqual(['Start review']);
    expect(root(element).querySelector('.review-path__next-review')).toBeNull();
  });

  it('offers the three decisions in review, with a next review date for an approval', async () => {
    const element = mount('In_Review', true);
    expect(current(element)).toBe('In_Review');
    expect(buttons(element).map((button) => button.label)).toEqual([
      'Approve',
      'Approve with conditions',
      'Reject'
    ]);
    const events: unknown[] = [];
    element.addEventListener('statuschange', (event) => events.push((event as CustomEvent).detail));
    const date = root(element).querySelector('.review-path__next-review') as HTMLElement;
    date.dispatchEvent(new CustomEvent('change', { detail: { value: '2027-06-30' } }));
    await flush();
    buttons(element)[1].click();
    buttons(element)[2].click();
    expect(events).toEqual([
      { reviewStatus: 'Approved_With_Conditions', nextReviewOn: '2027-06-30' },
      // A rejection sets no next review date.
      { reviewStatus: 'Rejected', nextReviewOn: null }
    ]);
  });

  it('leaves the date to the admin interval when the reviewer keeps it blank', () => {
    const element = mount('In_Review', true);
    const events: unknown[] = [];
    element.addEventListener('statuschange', (event) => events.push((event as CustomEvent).detail));
    buttons(element)[0].click();
    expect(events).toEqual([{ reviewStatus: 'Approved', nextReviewOn: null }]);
  });

  it('shows a decision as the last step and offers to reopen the review', () => {
    const element = mount('Approved_With_Conditions', true);
    expect(steps(element)).toEqual(['Received', 'In review', 'Approved with conditions']);
    expect(current(element)).toBe('Approved_With_Conditions');
    expect(buttons(element).map((button) => button.label)).toEqual(['Reopen review']);
  });

  it('offers no moves to a user who may not edit, and waits while a move is saved', async () => {
    expect(buttons(mount('In_Review', false))).toHaveLength(0);
    const element = mount('In_Review', true);
    element.busy = true;
    await flush();
    expect(
      buttons(element).every((button) => (button as unknown as { disabled: boolean }).disabled)
    ).toBe(true);
  });

  it('is accessible', async () => {
    const element = mount('In_Review', true);
    await expect(element).toBeAccessible();
  });
});
