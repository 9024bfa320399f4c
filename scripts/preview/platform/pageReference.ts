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

/**
 * The object of a record Id, by its key prefix, for page references that name a record by Id
 * alone (as `c/checksheetNavigation` does; the platform looks the object up the same way). The
 * package's objects have the prefixes the preview's data layer gives them.
 */
const KEY_PREFIXES = new Map<string, string>([
  ['001', 'Account'],
  ['005', 'User'],
  ['00T', 'Task'],
  ['068', 'ContentVersion'],
  ['069', 'ContentDocument'],
  ['a00', 'Checksheet__c'],
  ['a01', 'Checksheet_Item__c']
]);

/** Tells the preview which object a key prefix stands for (the data layer's own Ids). */
export function registerKeyPrefix(prefix: string, objectApiName: string): void {
  KEY_PREFIXES.set(prefix, objectApiName);
}

export function objectOfId(recordId: string | undefined): string | undefined {
  return recordId ? KEY_PREFIXES.get(recordId.slice(0, 3)) : undefined;
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
      return `/lightning/r/${segment(attributes.objectApiName ?? objectOfId(String(attributes.recordId ?? '')) ?? 'sObject')}/${segment(attributes.recordId)}/${segment(attributes.actionName ?? 'view')}${query}`;
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
      // `/lightning/r/<id>/view` names the record alone; the object comes from its Id.
      const byIdAlone = second === 'view' || second === 'edit';
      const recordId = byIdAlone ? first : second;
      return page('standard__recordPage', {
        objectApiName: byIdAlone ? objectOfId(recordId) : first,
        recordId,
        actionName: (byIdAlone ? second : third) ?? 'view'
      });
    }
  }
  return { ...HOME, state };
}
