/**
 * `lightning/platformShowToastEvent` in the preview: the platform's toast event, in the shape the
 * base components' toast container (`lightning/toastContainer`, started by the preview's entry)
 * shows — `toastAttributes` with the platform's field names and the toast class in `detail`.
 */
import Toast from 'lightning/toast';

export interface ShowToastEventInit {
  title?: string;
  message?: string;
  messageData?: unknown[];
  variant?: 'info' | 'success' | 'warning' | 'error';
  mode?: 'dismissible' | 'pester' | 'sticky';
}

export class ShowToastEvent extends CustomEvent<{ toast: unknown }> {
  readonly toastAttributes: {
    title?: string;
    message?: string;
    messageData?: unknown[];
    mode: string;
    type: string;
  };

  constructor(init: ShowToastEventInit = {}) {
    super('lightning__showtoast', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { toast: Toast }
    });
    this.toastAttributes = {
      title: init.title,
      message: init.message,
      messageData: init.messageData,
      mode: init.mode ?? 'dismissible',
      type: init.variant ?? 'info'
    };
  }
}
