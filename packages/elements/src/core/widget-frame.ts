import { html, nothing, type TemplateResult } from 'lit';

export interface WidgetFrameOptions {
  /** The widget's element id prefix; the heading is `${id}-heading`. */
  id: string;
  /** The heading's text, or its text with a figure beside it (an unread count). */
  heading: string | TemplateResult;
  busy: boolean;
  body: TemplateResult;
  /** Said by the widget's live region; without it, the widget has none. */
  announcement?: string;
}

/** Every data widget's frame: the `base` section named by its heading, and its live region. */
export function widgetFrame({ id, heading, busy, body, announcement }: WidgetFrameOptions) {
  return html`<section part="base" aria-labelledby="${id}-heading" aria-busy=${busy}>
    <h2 part="heading" id="${id}-heading">${heading}</h2>
    ${body}
    ${
      announcement === undefined
        ? nothing
        : html`<p class="visually-hidden" role="status">${announcement}</p>`
    }
  </section>`;
}
