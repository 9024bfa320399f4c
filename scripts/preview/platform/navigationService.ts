/**
 * Navigation inside the preview: the History API over the addresses of `pageReference.ts`.
 * `lightning/navigation`'s stand-in and the preview's shell both go through here, so a
 * component's `NavigationMixin.Navigate` changes the page the shell shows.
 */
import { pageReferenceToUrl, urlToPageReference } from './pageReference';
import type { PageReference, PageReferenceInput } from './pageReference';

type Listener = (reference: PageReference) => void;

const listeners = new Set<Listener>();
let listening = false;

/** The page reference of the current address. */
export function currentPageReference(): PageReference {
  return urlToPageReference(globalThis.location.pathname, globalThis.location.search);
}

function notify(): void {
  const reference = currentPageReference();
  for (const listener of [...listeners]) listener(reference);
}

/** Calls `listener` on every change of page; returns the unsubscribe function. */
export function onPageChange(listener: Listener): () => void {
  if (!listening) {
    listening = true;
    globalThis.addEventListener('popstate', notify);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Goes to the page: same-origin addresses by the History API, others in a new tab. */
export function navigate(reference: PageReferenceInput, replace = false): void {
  const url = pageReferenceToUrl(reference);
  const target = new URL(url, globalThis.location.href);
  if (target.origin !== globalThis.location.origin) {
    globalThis.open(target.toString(), '_blank', 'noopener');
    return;
  }
  if (replace) globalThis.history.replaceState(null, '', target.toString());
  else globalThis.history.pushState(null, '', target.toString());
  notify();
}
