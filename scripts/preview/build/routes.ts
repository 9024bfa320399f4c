/**
 * The pages of the preview: which page reference shows which component. A page of the package
 * is shown (and, with `nav`, listed in the app's navigation) only once one of its `bundles`
 * exists in `force-app/main/default/lwc`; the first that exists wins. When a product component
 * lands under another name, add the name here.
 *
 * `props` are the page reference attributes handed to the component as `@api` properties
 * (a record page's `recordId`, as Lightning does).
 */
export interface RouteDefinition {
  /** Stable name: the shell's `data-route` and the tests use it. */
  name: string;
  /** The page references this route shows: same type, and these attributes equal. */
  match: { type: string; attributes?: Record<string, string> };
  /** The package's bundles that can render it, in order of preference. */
  bundles?: string[];
  /** A preview-only module (`preview/<name>`) instead of a package bundle. */
  previewModule?: string;
  props?: string[];
  /** Listed in the app's navigation under this custom label (or these words). */
  nav?: { label: string } | { text: { en: string; ja: string } };
  /** Where the navigation item goes. */
  navTarget?: { type: string; attributes: Record<string, string> };
}

export const ROUTES: RouteDefinition[] = [
  {
    name: 'home',
    match: { type: 'standard__namedPage', attributes: { pageName: 'home' } },
    bundles: ['checksheetHome', 'vendorChecksheetsHome'],
    nav: { text: { en: 'Home', ja: 'ホーム' } },
    navTarget: { type: 'standard__namedPage', attributes: { pageName: 'home' } }
  },
  {
    name: 'checksheets',
    match: { type: 'standard__objectPage', attributes: { objectApiName: 'Checksheet__c' } },
    bundles: ['checksheetList', 'checksheetListView'],
    nav: { label: 'Tab_Checksheets' },
    navTarget: {
      type: 'standard__objectPage',
      attributes: { objectApiName: 'Checksheet__c', actionName: 'home' }
    }
  },
  {
    name: 'compare',
    match: { type: 'standard__navItemPage', attributes: { apiName: 'Compare' } },
    bundles: ['checksheetComparison', 'checksheetCompareView', 'checksheetComparisonGrid'],
    nav: { label: 'Tab_Compare' },
    navTarget: { type: 'standard__navItemPage', attributes: { apiName: 'Compare' } }
  },
  {
    name: 'import',
    match: { type: 'standard__navItemPage', attributes: { apiName: 'Import' } },
    bundles: ['checksheetImportWizard']
  },
  {
    name: 'checksheetRecord',
    match: { type: 'standard__recordPage', attributes: { objectApiName: 'Checksheet__c' } },
    bundles: ['checksheetRecordPage', 'checksheetRecordView', 'checksheetViewer'],
    props: ['recordId']
  },
  {
    name: 'accountRecord',
    match: { type: 'standard__recordPage', attributes: { objectApiName: 'Account' } },
    bundles: ['vendorChecksheetsPanel'],
    props: ['recordId']
  },
  {
    name: 'engine',
    match: { type: 'preview__page', attributes: { name: 'engine' } },
    previewModule: 'preview/engineCheck'
  },
  {
    name: 'platform',
    match: { type: 'preview__page', attributes: { name: 'platform' } },
    previewModule: 'preview/platformCheck'
  }
];

/** A route whose component exists, with the module that renders it. */
export interface AvailableRoute extends RouteDefinition {
  module: string;
}

export function availableRoutes(
  routes: RouteDefinition[],
  bundles: ReadonlySet<string>
): AvailableRoute[] {
  const found: AvailableRoute[] = [];
  for (const route of routes) {
    if (route.previewModule) {
      found.push({ ...route, module: route.previewModule });
      continue;
    }
    const bundle = route.bundles?.find((name) => bundles.has(name));
    if (bundle) found.push({ ...route, module: `c/${bundle}` });
  }
  return found;
}
