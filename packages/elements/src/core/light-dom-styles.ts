import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Styles for a widget that renders into its light DOM (so password managers can fill its
 * inputs): adopts one shared constructable stylesheet into whatever root the widget sits
 * in, the document or an enclosing shadow root. Selectors must be scoped by the tag name.
 */
export class LightDomStylesController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly styles: CSSResult,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    const sheet = this.styles.styleSheet;
    if (!sheet || !(root instanceof Document || root instanceof ShadowRoot)) return;
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
