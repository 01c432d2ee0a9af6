// Test support: a widget's shadow root read as the reader sees it, and texts every widget shares.
import { expect, waitUntil } from '@open-wc/testing';
import type { Locale } from '@atrium/sdk';

export const root = (el: Element) => el.shadowRoot as ShadowRoot;

export const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

/** An element's text with its white space folded, as a screen reader reads it out. */
export const textOf = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim();

/** The element focused inside the widget's shadow root. */
export const focused = (el: Element) => root(el).activeElement;

/**
 * Waits until a data widget shows something settled: what it was asked for (`shown`), an
 * error, or a message that is not "loading" (signed out, nothing yet).
 */
export async function settled(el: Element, shown: string, what: string): Promise<void> {
  await waitUntil(
    () =>
      root(el).querySelector(`${shown}, [role="alert"]`) ||
      root(el).querySelector('[part="status"]:not(:has(+ [part="skeleton"]))'),
    `${what} never arrived`,
    { timeout: 10000 },
  );
}

/** What every widget says when the server is out of reach (the shared `errors.network_error`). */
export const networkError: Record<Locale, string> = {
  ru: 'Нет связи с сервером. Проверьте подключение и повторите.',
  pl: 'Brak połączenia z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  en: 'Cannot reach the server. Check your connection and try again.',
};

/**
 * The shared error view after a failed load: the network error said, axe-clean, and its
 * "Try again" loading what was asked for (`loaded`, a selector in the shadow root).
 */
export async function retryLoads(el: Element, locale: Locale, loaded: string): Promise<void> {
  expect(textOf(root(el).querySelector('[role="alert"]'))).to.equal(networkError[locale]);
  await expect(el).to.be.accessible();
  root(el).querySelector<HTMLElement>('[part="retry"]')?.click();
  await waitUntil(() => root(el).querySelector(loaded), `${loaded} never loaded after retry`, {
    timeout: 10000,
  });
}
