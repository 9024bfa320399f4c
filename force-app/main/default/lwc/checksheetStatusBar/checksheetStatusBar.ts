import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel, statusStyle, statusText } from 'c/checksheetLabels';
import { statusSegments } from './statusSegments';

/** How many items have each status, as a proportional bar with a legend of counts. */
export default class ChecksheetStatusBar extends LightningElement {
  /** Item counts keyed by `Status__c` picklist API value. */
  @api counts: Record<string, number> = {};

  label = LABELS.Status_Bar_Label;

  get segments() {
    return statusSegments(this.counts ?? {}).map((segment) => {
      const text = `${statusText(segment.status)}: ${segment.count}`;
      return {
        ...segment,
        key: segment.status,
        text,
        title: `${text} (${segment.percent}%)`,
        barClass: `status-bar__segment status-bar__segment_${statusStyle(segment.status)}`,
        swatchClass: `status-bar__swatch status-bar__segment_${statusStyle(segment.status)}`,
        barStyle: `width: ${segment.percent}%`
      };
    });
  }

  get hasSegments(): boolean {
    return this.segments.length > 0;
  }

  get summary(): string {
    return this.segments.map((segment) => segment.text).join(', ');
  }

  get ariaLabel(): string {
    return formatLabel('{0}: {1}', this.label, this.summary);
  }
}
