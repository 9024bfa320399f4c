/**
 * The preview's shell (preview-only, never packaged): the app's header with its navigation
 * (one item per page whose component exists, `build/routes.ts`), the banner that says this is a
 * local preview, the user and language switches, "Reset data", and the current page — the
 * package's component for the current address, with the route's `@api` properties.
 */
import { LightningElement, wire } from 'lwc';
import routes from 'virtual:preview/routes';
import type { PreviewRouteEntry } from 'virtual:preview/routes';
import appTitle from '@salesforce/label/c.App_Title';
import { CurrentPageReference } from 'lightning/navigation';
import { hasDataLayer, resetData } from '../../../platform/apexRegistry';
import {
  currentLanguage,
  currentUser,
  switchLanguage,
  switchUser
} from '../../../platform/session';
import type { PreviewLanguage, PreviewRole } from '../../../platform/session';
import { navigate } from '../../../platform/navigationService';
import { pageReferenceToUrl } from '../../../platform/pageReference';
import type { PageReference } from '../../../platform/pageReference';
import { matches, routeProps } from './routing';
import { shellText } from './shellText';
import type { ShellWord } from './shellText';

const WORDS: ShellWord[] = [
  'banner',
  'user',
  'language',
  'resetData',
  'navigation',
  'engineCheck',
  'notBuiltTitle',
  'notBuilt',
  'pageFailed'
];

const ENGINE_PAGE = { type: 'preview__page', attributes: { name: 'engine' } };

export default class App extends LightningElement {
  appTitle = appTitle;
  text = Object.fromEntries(WORDS.map((word) => [word, shellText(word)]));
  userRole: PreviewRole = currentUser().role;
  language: PreviewLanguage = currentLanguage();
  engineUrl = pageReferenceToUrl(ENGINE_PAGE);
  renderError = '';
  pageReference: PageReference | undefined;

  userOptions = (['admin', 'reviewer', 'viewer'] as const).map((role) => ({
    label: shellText(role),
    value: role
  }));

  languageOptions = [
    { label: 'English', value: 'en_US' },
    { label: '日本語', value: 'ja' }
  ];

  @wire(CurrentPageReference)
  setPage(reference: PageReference) {
    this.pageReference = reference;
    this.renderError = '';
  }

  get route(): PreviewRouteEntry | undefined {
    const reference = this.pageReference;
    return reference ? routes.find((route) => matches(route, reference)) : undefined;
  }

  get pageName(): string {
    return this.route?.name ?? 'none';
  }

  get pageComponent(): PreviewRouteEntry['component'] | undefined {
    return this.route?.component;
  }

  get pageProps(): Record<string, string | undefined> {
    const route = this.route;
    return route && this.pageReference ? routeProps(route, this.pageReference) : {};
  }

  get navItems() {
    const current = this.route?.name;
    return routes
      .filter((route) => route.navLabel !== undefined && route.navTarget !== null)
      .map((route) => ({
        name: route.name,
        label: route.navLabel,
        url: pageReferenceToUrl(route.navTarget as PageReference),
        current: route.name === current ? 'page' : undefined,
        className: `slds-context-bar__item${route.name === current ? ' slds-is-active' : ''}`
      }));
  }

  get resetDisabled(): boolean {
    return !hasDataLayer();
  }

  get resetTitle(): string {
    return hasDataLayer() ? shellText('resetData') : shellText('resetUnavailable');
  }

  handleNavigate(event: MouseEvent): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const name = (event.currentTarget as HTMLElement).dataset.route;
    const route = routes.find((entry) => entry.name === name);
    navigate(route?.navTarget ?? ENGINE_PAGE);
  }

  handleUserChange(event: CustomEvent<{ value: PreviewRole }>): void {
    switchUser(event.detail.value);
  }

  handleLanguageChange(event: CustomEvent<{ value: PreviewLanguage }>): void {
    switchLanguage(event.detail.value);
  }

  async handleReset(): Promise<void> {
    await resetData();
    globalThis.location.reload();
  }

  override errorCallback(error: Error): void {
    this.renderError = error.message;
    console.error(error);
  }
}
