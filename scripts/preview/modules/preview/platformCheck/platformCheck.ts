/**
 * A preview-only page (`/preview/platform`) that shows what the platform modules give a
 * component in this preview, for the browser tests and for anyone wiring a component:
 * the user Id and language, a schema import, a generated record URL, the registry's refusal of
 * an Apex method that has no local implementation (imperatively and through `@wire`), and a
 * toast. The Apex method is deliberately one no data layer implements.
 */
import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import userId from '@salesforce/user/Id';
import lang from '@salesforce/i18n/lang';
import VENDOR_FIELD from '@salesforce/schema/Checksheet__c.Vendor__c';
import notImplemented from '@salesforce/apex/PreviewPlatformCheck.notImplemented';
import appTitle from '@salesforce/label/c.App_Title';
import { generateUrl, recordPage } from 'c/checksheetNavigation';
import { previewText } from '../../../platform/session';

export default class PlatformCheck extends NavigationMixin(LightningElement) {
  cardTitle = previewText({
    en: 'Platform check (preview only)',
    ja: 'プラットフォーム確認（プレビュー専用）'
  });
  intro = previewText({
    en: 'What the platform modules give a component in this preview.',
    ja: 'このプレビューでプラットフォームモジュールがコンポーネントに渡すもの。'
  });
  registryLabel = previewText({
    en: 'Apex without a local implementation',
    ja: 'ローカル実装のない Apex'
  });
  toastLabel = previewText({ en: 'Show a toast', ja: 'トーストを表示' });
  userId = userId;
  language = lang;
  schemaText = JSON.stringify(VENDOR_FIELD);
  recordUrl = '';
  refusalText = '';
  wiredText = '';

  @wire(notImplemented, { checksheetId: 'a00000000000001AAA' })
  wired(value: { data: unknown; error: unknown }) {
    this.wiredText = JSON.stringify(value);
  }

  override connectedCallback(): void {
    // As the package's components do it (c/checksheetNavigation): a record page by Id alone.
    void generateUrl(this, recordPage('a00000000000001AAA')).then((url) => {
      this.recordUrl = url;
    });
    notImplemented({ checksheetId: 'a00000000000001AAA' }).then(
      () => {
        this.refusalText = 'resolved';
      },
      (error: unknown) => {
        this.refusalText = JSON.stringify(error);
      }
    );
  }

  handleToast(): void {
    this.dispatchEvent(
      new ShowToastEvent({ title: appTitle, message: this.toastLabel, variant: 'success' })
    );
  }
}
