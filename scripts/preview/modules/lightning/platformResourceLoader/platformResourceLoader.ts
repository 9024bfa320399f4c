/**
 * `lightning/platformResourceLoader` in the preview: loads a static resource the preview server
 * serves at the address `@salesforce/resourceUrl/<name>` gives (`/resource/<name>`, from
 * `force-app/main/default/staticresources`, e.g. the SheetJS resource `npm run build` makes).
 * Like the platform, each URL loads once per page; a second call resolves at once.
 */
const loaded = new Map<string, Promise<void>>();

function load(url: string, create: () => HTMLElement): Promise<void> {
  let promise = loaded.get(url);
  if (promise === undefined) {
    promise = new Promise<void>((resolve, reject) => {
      const element = create();
      element.addEventListener('load', () => resolve());
      element.addEventListener('error', () => {
        loaded.delete(url);
        reject(new Error(`Could not load ${url}`));
      });
      document.head.appendChild(element);
    });
    loaded.set(url, promise);
  }
  return promise;
}

export function loadScript(_component: unknown, url: string): Promise<void> {
  return load(url, () => {
    const script = document.createElement('script');
    script.src = url;
    script.async = false;
    return script;
  });
}

export function loadStyle(_component: unknown, url: string): Promise<void> {
  return load(url, () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    return link;
  });
}
