import { LightningElement, api } from "lwc";

export default class DecoratedWidget extends LightningElement {
  @api label = "Widget";
}
