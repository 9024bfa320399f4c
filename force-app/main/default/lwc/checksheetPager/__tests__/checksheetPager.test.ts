/**
 * The pager as a reader sees it: "Page 2 of 7" between its buttons, a button disabled at either
 * end, nothing at all for one page; a click asks its list for the page (`pagechange`).
 */
import { createElement } from 'lwc';
import ChecksheetPager from 'c/checksheetPager';

type PagerElement = HTMLElement & { page: number; pageCount: number };
type ButtonElement = HTMLElement & { label: string; disabled: boolean };

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

function mount(page: number, pageCount: number): PagerElement {
  const element = createElement('c-checksheet-pager', { is: ChecksheetPager }) as PagerElement;
  element.page = page;
  element.pageCount = pageCount;
  document.body.appendChild(element);
  return element;
}

function buttons(element: PagerElement): ButtonElement[] {
  return [
    ...(element.shadowRoot as ShadowRoot).querySelectorAll('lightning-button')
  ] as ButtonElement[];
}

function pageText(element: PagerElement): string | null | undefined {
  return (element.shadowRoot as ShadowRoot).querySelector('.pager__text')?.textContent;
}

describe('c-checksheet-pager', () => {
  it('says which page is shown and asks for the next and the previous one', () => {
    const element = mount(1, 7);
    const asked: number[] = [];
    element.addEventListener('pagechange', (event) => {
      asked.push((event as CustomEvent<{ page: number }>).detail.page);
    });
    expect(pageText(element)).toBe('Page 2 of 7');
    const [previous, next] = buttons(element);
    expect([previous.label, next.label]).toEqual(['Previous page', 'Next page']);
    expect([previous.disabled, next.disabled]).toEqual([false, false]);
    next.click();
    previous.click();
    expect(asked).toEqual([2, 0]);
  });

  it('disables the button that would leave the pages, and asks for nothing there', async () => {
    const element = mount(0, 3);
    const asked: number[] = [];
    element.addEventListener('pagechange', (event) => {
      asked.push((event as CustomEvent<{ page: number }>).detail.page);
    });
    expect(buttons(element).map((button) => button.disabled)).toEqual([true, false]);
    buttons(element)[0].click();
    element.page = 2;
    await Promise.resolve();
    expect(pageText(element)).toBe('Page 3 of 3');
    expect(buttons(element).map((button) => button.disabled)).toEqual([false, true]);
    buttons(element)[1].click();
    expect(asked).toEqual([]);
  });

  it('shows nothing when everything fits on one page', () => {
    const element = mount(0, 1);
    expect(buttons(element)).toHaveLength(0);
    expect(pageText(element)).toBeUndefined();
  });

  it('is accessible', async () => {
    const element = mount(3, 9);
    await expect(element).toBeAccessible();
  });
});
