import { expect, waitFor } from 'storybook/test';

/** Finders inside the shadow root of the widget `tag` a story renders into its canvas. */
export function widgetQueries(tag: string) {
  const widget = (canvas: HTMLElement) => canvas.querySelector(tag)?.shadowRoot ?? undefined;
  const inside = <T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string) =>
    widget(canvas)?.querySelector<T>(selector) ?? undefined;
  /** Waits until `selector` matches in the widget. */
  const shown = (canvas: HTMLElement, selector: string) =>
    waitFor(() => expect(inside(canvas, selector)).toBeTruthy());
  return { widget, inside, shown };
}
