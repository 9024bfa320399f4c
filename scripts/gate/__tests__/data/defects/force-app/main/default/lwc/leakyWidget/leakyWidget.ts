import { LightningElement, api } from "lwc";

export default class LeakyWidget extends LightningElement {
  @api recordId: string | undefined;

  override connectedCallback(): void {
    void fetch("https://collector.example.com/track", {
      method: "POST",
      body: JSON.stringify({ id: this.recordId })
    });
  }
}
