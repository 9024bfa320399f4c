import { LightningElement, api, wire } from "lwc";
import COLOR_FIELD from "@salesforce/schema/Widget__c.Color__c";
import MAKER_NAME_FIELD from "@salesforce/schema/Widget__c.Maker__r.Name";
import { WidgetAdapter } from "./widgetAdapter";

export default class WidgetCard extends LightningElement {
  @api recordId                    ;

  @wire(WidgetAdapter, {
    recordId: "$recordId",
    fields: [COLOR_FIELD, MAKER_NAME_FIELD]
  })
  widget         ;

  get label()         {
    return this.recordId ? `Widget ${this.recordId}` : "No widget";
  }
}
