/** @jest-environment node */
import {
  HOME,
  pageReferenceToUrl,
  registerKeyPrefix,
  urlToPageReference
} from '../platform/pageReference';

describe('page references and the preview addresses', () => {
  it.each([
    [
      {
        type: 'standard__recordPage',
        attributes: { recordId: 'a01', objectApiName: 'Checksheet__c', actionName: 'view' }
      },
      '/lightning/r/Checksheet__c/a01/view'
    ],
    [
      {
        type: 'standard__objectPage',
        attributes: { objectApiName: 'Checksheet__c', actionName: 'home' }
      },
      '/lightning/o/Checksheet__c/home'
    ],
    [{ type: 'standard__navItemPage', attributes: { apiName: 'Compare' } }, '/lightning/n/Compare'],
    [{ type: 'standard__namedPage', attributes: { pageName: 'home' } }, '/lightning/page/home'],
    [{ type: 'preview__page', attributes: { name: 'engine' } }, '/preview/engine']
  ])('%j ↔ %s', (reference, url) => {
    expect(pageReferenceToUrl(reference)).toBe(url);
    expect(urlToPageReference(url)).toEqual({ ...reference, state: {} });
  });

  it('carries c__ state in the query string, and only that', () => {
    const url = pageReferenceToUrl({
      type: 'standard__navItemPage',
      attributes: { apiName: 'Compare' },
      state: { c__ids: 'a01,a02' }
    });
    expect(url).toBe('/lightning/n/Compare?c__ids=a01%2Ca02');
    expect(urlToPageReference('/lightning/n/Compare', '?c__ids=a01%2Ca02&lang=ja').state).toEqual({
      c__ids: 'a01,a02'
    });
  });

  it('finds the object of a record named by its Id alone, as the platform does', () => {
    const reference = {
      type: 'standard__recordPage',
      attributes: { recordId: 'a00000000000001AAA', actionName: 'view' }
    };
    expect(pageReferenceToUrl(reference)).toBe(
      '/lightning/r/Checksheet__c/a00000000000001AAA/view'
    );
    expect(urlToPageReference('/lightning/r/001000000000001AAA/view').attributes).toEqual({
      objectApiName: 'Account',
      recordId: '001000000000001AAA',
      actionName: 'view'
    });
    registerKeyPrefix('a0X', 'Other__c');
    expect(
      pageReferenceToUrl({ type: 'standard__recordPage', attributes: { recordId: 'a0X1' } })
    ).toBe('/lightning/r/Other__c/a0X1/view');
  });

  it('shows the home for / and for an unknown address', () => {
    expect(urlToPageReference('/')).toEqual(HOME);
    expect(urlToPageReference('/nowhere/at/all')).toEqual(HOME);
  });

  it('refuses a page type the preview has no page for', () => {
    expect(() => pageReferenceToUrl({ type: 'standard__app' })).toThrow(
      /no page for a standard__app/
    );
  });
});
