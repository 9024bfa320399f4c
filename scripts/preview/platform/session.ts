/**
 * Who is using the preview and in which language: the two switches of the preview's header.
 *
 * Both are read once, when the page loads, from the address (`?user=viewer`, `?lang=ja`, which
 * win and are remembered) or from what this browser remembered (localStorage), so a link or a
 * test can open the preview as anyone in either language. A switch stores the new value and
 * reloads the page: labels are module constants, as on the platform, so the next render after
 * the reload shows the other language everywhere at once.
 */

export type PreviewLanguage = 'en_US' | 'ja';
export type PreviewRole = 'admin' | 'reviewer' | 'viewer';

export interface PreviewUser {
  /** A User Id of the preview (what `@salesforce/user/Id` gives). */
  id: string;
  name: string;
  role: PreviewRole;
  /** The permission set this preview user stands for. */
  permissionSet: string;
}

/** The users of the preview, one per permission set of the package. */
export const PREVIEW_USERS: readonly PreviewUser[] = Object.freeze([
  {
    id: '005000000000001AAA',
    name: 'Alex Admin',
    role: 'admin',
    permissionSet: 'Vendor_Checksheets_Admin'
  },
  {
    id: '005000000000002AAA',
    name: 'Riko Reviewer',
    role: 'reviewer',
    permissionSet: 'Vendor_Checksheets_Reviewer'
  },
  {
    id: '005000000000003AAA',
    name: 'Val Viewer',
    role: 'viewer',
    permissionSet: 'Vendor_Checksheets_Viewer'
  }
]);

export const LANGUAGES: readonly PreviewLanguage[] = ['en_US', 'ja'];

const STORE_KEYS = {
  user: 'vendorChecksheetsPreview.user',
  language: 'vendorChecksheetsPreview.lang'
};
const DEFAULT_ROLE: PreviewRole = 'admin';
const DEFAULT_LANGUAGE: PreviewLanguage = 'en_US';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function fromAddress(name: string): string | null {
  const search = globalThis.location?.search ?? '';
  return new URLSearchParams(search).get(name);
}

/** The address's value when valid (and remembered), else the remembered one, else the default. */
function choose<T extends string>(
  asked: string | null,
  key: string,
  allowed: readonly T[],
  fallback: T
): T {
  const isAllowed = (value: string | null | undefined): value is T =>
    value !== null && value !== undefined && (allowed as readonly string[]).includes(value);
  if (isAllowed(asked)) {
    storage()?.setItem(key, asked);
    return asked;
  }
  const remembered = storage()?.getItem(key);
  return isAllowed(remembered) ? remembered : fallback;
}

function normaliseLanguage(value: string | null): string | null {
  // `?lang=en` and `?lang=ja_JP` are what people type.
  if (value === 'en' || value === 'en-US') return 'en_US';
  if (value === 'ja_JP' || value === 'ja-JP') return 'ja';
  return value;
}

let language: PreviewLanguage | undefined;
let role: PreviewRole | undefined;

/** The language chosen for this page load. */
export function currentLanguage(): PreviewLanguage {
  if (language === undefined) {
    language = choose(
      normaliseLanguage(fromAddress('lang')),
      STORE_KEYS.language,
      LANGUAGES,
      DEFAULT_LANGUAGE
    );
  }
  return language;
}

/** The user chosen for this page load. */
export function currentUser(): PreviewUser {
  if (role === undefined) {
    role = choose(
      fromAddress('user'),
      STORE_KEYS.user,
      PREVIEW_USERS.map((user) => user.role),
      DEFAULT_ROLE
    );
  }
  const chosen = role;
  return PREVIEW_USERS.find((user) => user.role === chosen) as PreviewUser;
}

/** `@salesforce/i18n/lang` and `@salesforce/i18n/locale` of the current language. */
export function i18nValue(name: string): string {
  const ja = currentLanguage() === 'ja';
  switch (name) {
    case 'lang':
      return ja ? 'ja' : 'en-US';
    case 'locale':
      return ja ? 'ja-JP' : 'en-US';
    case 'dir':
      return 'ltr';
    case 'timeZone':
      return Intl.DateTimeFormat().resolvedOptions().timeZone;
    case 'currency':
      return ja ? 'JPY' : 'USD';
    default:
      throw new Error(`@salesforce/i18n/${name} is not provided by the local preview`);
  }
}

/** Remembers a new choice and reloads the page without the address's own choice. */
function switchTo(param: string, key: string, value: string): void {
  storage()?.setItem(key, value);
  const url = new URL(globalThis.location.href);
  url.searchParams.delete(param);
  globalThis.location.assign(url.toString());
}

export function switchLanguage(value: PreviewLanguage): void {
  switchTo('lang', STORE_KEYS.language, value);
}

export function switchUser(value: PreviewRole): void {
  switchTo('user', STORE_KEYS.user, value);
}

/** The preview's own words (its shell and stand-ins are not packaged, so not custom labels). */
export function previewText(text: { en: string; ja: string }): string {
  return currentLanguage() === 'ja' ? text.ja : text.en;
}
