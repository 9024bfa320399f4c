import { createElement } from 'lwc';
import ChecksheetStatusBar from 'c/checksheetStatusBar';
import ChecksheetStatusBadge from 'c/checksheetStatusBadge';
import { statusSegments } from '../statusSegments';

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('statusSegments', () => {
  it('gives each present status its share, in display order', () => {
    expect(statusSegments({ Partial: 1, Implemented: 2, None: 0, Not_Implemented: 1 })).toEqual([
      { status: 'Implemented', count: 2, percent: 50 },
      { status: 'Partial', count: 1, percent: 25 },
      { status: 'Not_Implemented', count: 1, percent: 25 }
    ]);
  });

  it('has no segments when there are no items', () => {
    expect(statusSegments({})).toEqual([]);
  });
});

describe('c-checksheet-status-bar', () => {
  it('draws a segment per status and writes each count in words', () => {
    const element = createElement('c-checksheet-status-bar', {
      is: ChecksheetStatusBar
    }) as HTMLElement & {
      counts: Record<string, number>;
    };
    element.counts = { Implemented: 52, Partial: 8, Not_Applicable: 10 };
    document.body.appendChild(element);
    const root = element.shadowRoot as ShadowRoot;
    const segments = [...root.querySelectorAll('.status-bar__track span')] as HTMLElement[];
    expect(segments.map((segment) => segment.style.width)).toEqual(['74.3%', '11.4%', '14.3%']);
    expect(
      [...root.querySelectorAll('.status-bar__legend-item')].map((li) => li.textContent)
    ).toEqual(['Implemented: 52', 'Partial: 8', 'Not applicable: 10']);
    expect(root.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'Answers by status: Implemented: 52, Partial: 8, Not applicable: 10'
    );
  });

  it('draws nothing without items', () => {
    const element = createElement('c-checksheet-status-bar', { is: ChecksheetStatusBar });
    document.body.appendChild(element);
    expect((element.shadowRoot as ShadowRoot).querySelector('.status-bar')).toBeNull();
  });

  it('is accessible', async () => {
    const element = createElement('c-checksheet-status-bar', {
      is: ChecksheetStatusBar
    }) as HTMLElement & {
      counts: Record<string, number>;
    };
    element.counts = { Implemented: 1, None: 1 };
    document.body.appendChild(element);
    await expect(element).toBeAccessible();
  });
});

describe('c-checksheet-status-badge', () => {
  it('writes the status in words and colours it by status', () => {
    const element = createElement('c-checksheet-status-badge', {
      is: ChecksheetStatusBadge
    }) as HTMLElement & {
      status: string;
    };
    element.status = 'Not_Implemented';
    document.body.appendChild(element);
    const badge = (element.shadowRoot as ShadowRoot).querySelector('span') as HTMLElement;
    expect(badge.textContent).toBe('Not implemented');
    expect(badge.className).toContain('status-badge_not-implemented');
  });
});
