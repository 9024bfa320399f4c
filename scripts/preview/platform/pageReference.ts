/**
 * Page references ↔ the preview's addresses, shaped like Lightning Experience's own
 * (`/lightning/r/Checksheet__c/<id>/view`, `/lightning/o/Checksheet__c/home`, `/lightning/n/Tab`),
 * so a link a component generates reads as it would in an org. Pages that exist only in the
 * preview are `/preview/<name>` (`{ type: 'preview__page', attributes: { name } }`).
 * Page state (`c__…` keys) travels as the query string.
 */

export interface PageReference {
  type: string;
  attributes: Record<string, string | undefined>;
  state: Record<string, string>;
}

export interface PageReferenceInput {
  type: string;
  attributes?: Record<string, unknown>;
  state?: Record<string, unknown>;
}

export const HOME: PageReference = Object.freeze({
  type: 'standard__namedPage',
  attributes: { pageName: 'home' },
  state: {}
}) as PageReference;

const segment = (value: unknown): string => encodeURIComponent(String(value ?? ''));

function stateQuery(state: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The address of a page reference; throws on a type the preview has no page for. */
export function pageReferenceToUrl(reference: PageReferenceInput): string {
  const attributes = reference.attributes ?? {};
  const query = stateQuery(reference.state);
  switch (reference.type) {
    case 'standard__namedPage':
      return `/lightning/page/${segment(attributes.pageName ?? 'home')}${query}`;
    case 'standard__navItemPage':
      return `/lightning/n/${segment(attributes.apiName)}${query}`;
    case 'standard__objectPage':
      return `/lightning/o/${segment(attributes.objectApiName)}/${segment(attributes.actionName ?? 'home')}${query}`;
    case 'standard__recordPage':
      return `/lightning/r/${segment(attributes.objectApiName ?? 'sObject')}/${segment(attributes.recordId)}/${segment(attributes.actionName ?? 'view')}${query}`;
    case 'standard__webPage':
      return String(attributes.url ?? '/');
    case 'preview__page':
      return `/preview/${segment(attributes.name)}${query}`;
    default:
      throw new Error(`The local preview has no page for a ${reference.type} page reference`);
  }
}

/** The page reference an address shows (the home for `/` and for anything unknown). */
export function urlToPageReference(pathname: string, search = ''): PageReference {
  const state: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (key.startsWith('c__')) state[key] = value;
  }
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const page = (type: string, attributes: Record<string, string | undefined>): PageReference => ({
    type,
    attributes,
    state
  });
  if (parts[0] === 'preview' && parts.length === 2) {
    return page('preview__page', { name: parts[1] });
  }
  if (parts[0] === 'lightning') {
    const [, kind, first, second, third] = parts;
    if (kind === 'page' && first) return page('standard__namedPage', { pageName: first });
    if (kind === 'n' && first) return page('standard__navItemPage', { apiName: first });
    if (kind === 'o' && first) {
      return page('standard__objectPage', { objectApiName: first, actionName: second ?? 'home' });
    }
    if (kind === 'r' && first && second) {
      return page('standard__recordPage', {
        objectApiName: first,
        recordId: second,
        actionName: third ?? 'view'
      });
    }
  }
  return { ...HOME, state };
}
