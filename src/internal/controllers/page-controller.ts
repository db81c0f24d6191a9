/** The base of the controllers that hear of page changes (language, theme) from the shared page observers. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchPage, unwatchPage, type PageChange } from '../page-watch.js';

export abstract class PageController<Host extends ReactiveControllerHost & HTMLElement> implements ReactiveController {
  protected readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage(this);
  }

  hostDisconnected(): void {
    unwatchPage(this);
  }

  /** @internal */
  get ownerDocument(): Document {
    return this.host.ownerDocument;
  }

  /** @internal Called by the page observers. */
  abstract pageChanged(change: PageChange): void;
}
