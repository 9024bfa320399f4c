import { LightningElement, api } from 'lwc';
import { statusStyle, statusText } from 'c/checksheetLabels';

/** An answer's status as a badge: its label in the user's language, coloured by status. */
export default class ChecksheetStatusBadge extends LightningElement {
  /** A `Status__c` picklist API value (`Implemented`, `Partial`, …). */
  @api status = '';

  get label(): string {
    return statusText(this.status);
  }

  get badgeClass(): string {
    return `slds-badge status-badge status-badge_${statusStyle(this.status)}`;
  }
}
