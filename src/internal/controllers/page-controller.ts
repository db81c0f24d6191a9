/** The base of the controllers that hear of page changes (language, theme) from the shared page observers. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchPage, unwatchPage, type PageChange } from '../page-watch.js';

export abstract class PageController<Host extends ReactiveControllerHost & HTMLElement> implements ReactiveController {
  protected readonly host: Host;
  /** @internal The host's document, for the page observers. */
  readonly ownerDocument: Document;

  constructor(host: Host) {
    this.host = host;
    this.ownerDocument = host.ownerDocument;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage(this);
  }

  hostDisconnected(): void {
    unwatchPage(this);
  }

  /** @internal Called by the page observers. */
  abstract pageChanged(change: PageChange): void;
}
