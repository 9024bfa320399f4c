/**
 * `lightning/navigation` in the preview. The OSS base components only re-export it from
 * `force/navigation`, which is not published: this is a working version over the preview's
 * addresses (`scripts/preview/platform/pageReference.ts`).
 */
import type { WireAdapter, WireDataCallback } from 'lwc';
import { currentPageReference, navigate, onPageChange } from '../../../platform/navigationService';
import { pageReferenceToUrl } from '../../../platform/pageReference';
import type { PageReferenceInput } from '../../../platform/pageReference';

const Navigate: unique symbol = Symbol('NavigationMixin.Navigate');
const GenerateUrl: unique symbol = Symbol('NavigationMixin.GenerateUrl');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => object;

function mixin<T extends Constructor>(Base: T) {
  return class extends Base {
    [Navigate](reference: PageReferenceInput, replace?: boolean): void {
      navigate(reference, replace === true);
    }

    [GenerateUrl](reference: PageReferenceInput): Promise<string> {
      try {
        return Promise.resolve(pageReferenceToUrl(reference));
      } catch (error) {
        return Promise.reject(error);
      }
    }
  };
}

export const NavigationMixin = Object.assign(mixin, { Navigate, GenerateUrl });

/** `@wire(CurrentPageReference)`: the current page, and every later one. */
export class CurrentPageReference implements WireAdapter {
  private readonly emit: WireDataCallback;
  private unsubscribe: (() => void) | undefined;

  constructor(emit: WireDataCallback) {
    this.emit = emit;
  }

  connect(): void {
    this.emit(Object.freeze(currentPageReference()));
    this.unsubscribe = onPageChange((reference) => this.emit(Object.freeze(reference)));
  }

  update(): void {
    // No configuration: the page reference does not depend on one.
  }

  disconnect(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
