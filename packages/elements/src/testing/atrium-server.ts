// Test support: the real server web-test-runner.config.mjs started, its demo people, its outbox.
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import { createAtriumClient, type AtriumClient, type AtriumClientOptions } from '@atrium/sdk';

declare global {
  interface Window {
    ATRIUM_TEST: { baseUrl: string; refusingBaseUrl: string };
  }
}

// After each test file that talks to the server: every answer it got kept to the contract
// (checked in Node as it left the server, web-test-runner.config.mjs).
after(async () => {
  const violations = (await executeServerCommand('atrium-contract-violations')) as string[];
  if (violations?.length) throw new Error(`answers broke the contract:\n${violations.join('\n')}`);
});

export const baseUrl = window.ATRIUM_TEST.baseUrl;
/** A second server with the same demo tenants, none of which allows this page's origin. */
export const refusingBaseUrl = window.ATRIUM_TEST.refusingBaseUrl;
// Every test that shows text runs in each language the contract lists.
export { locales } from '@atrium/sdk';

/** Demo people seeded by the server (`demo: true`). */
export const demo = {
  irina: {
    tenant: 'demo-hotel',
    email: 'irina@nevsky-apart.example',
    password: 'Nevsky-2026',
    name: 'Ирина Соколова',
  },
  petr: {
    tenant: 'demo-hotel',
    email: 'petr@nevsky-apart.example',
    password: 'Manager-2026',
    name: 'Пётр Иванов',
  },
  anna: {
    tenant: 'lesna-5',
    email: 'anna@lesna5.example',
    password: 'Lesna5-Haslo!',
    name: 'Anna Nowak',
  },
  jan: {
    tenant: 'lesna-5',
    email: 'jan@lesna5.example',
    password: 'Lesna5-Jan-1!',
    name: 'Jan Nowak',
  },
  katarzyna: {
    tenant: 'lesna-5',
    email: 'katarzyna@lesna5.example',
    password: 'Zarzad-2026!',
    name: 'Katarzyna Wiśniewska',
  },
} as const;

/**
 * A fresh client (its own memory token store) and the paths it requested; `options` may
 * inject faults (a failing `fetch`, no retries).
 */
export function testClient(
  tenant: string,
  options: Partial<AtriumClientOptions> = {},
): { client: AtriumClient; requests: string[] } {
  const requests: string[] = [];
  const client = createAtriumClient({
    baseUrl,
    tenant,
    hooks: { beforeRequest: [(request) => void requests.push(new URL(request.url).pathname)] },
    ...options,
  });
  return { client, requests };
}

/** Focuses `input` and types `text` with real key presses. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

interface Mail {
  to: string;
  text: string;
}

/** Mail the server sent to `to`, newest first (read from Node: the outbox is not CORS-enabled). */
export async function mailTo(to: string): Promise<Mail[]> {
  return (await executeServerCommand('atrium-outbox', { to })) as Mail[];
}

/**
 * The token of the mailed link (`#<param>=<token>`: `atrium-reset-token`, `atrium-email-token`)
 * in the first mail to `to` beyond `known` (sending is asynchronous).
 */
export async function linkTokenMailedTo(to: string, known: number, param: string): Promise<string> {
  const link = new RegExp(`#${param}=([\\w-]+)`);
  let token: string | undefined;
  await waitUntil(
    async () => {
      const mails = await mailTo(to);
      token = mails.length > known ? mails[0]?.text.match(link)?.[1] : undefined;
      return Boolean(token);
    },
    `no ${param} link mailed to ${to}`,
    { timeout: 10000, interval: 200 },
  );
  return token as string;
}

/** The element's single match, failing loudly when it is missing. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** A fresh client already signed in as one of the demo people. */
export async function signedInClient(
  person: { tenant: string; email: string; password: string },
  options: Partial<AtriumClientOptions> = {},
): Promise<AtriumClient> {
  const { client } = testClient(person.tenant, options);
  await client.auth.signIn({ email: person.email, password: person.password });
  return client;
}

/** A fetch that fails, as an unreachable server does, the first `count` requests matching `path`. */
export function failingFetch(path: RegExp, count = Number.POSITIVE_INFINITY): typeof fetch {
  let failures = count;
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (path.test(new URL(url).pathname) && failures-- > 0) {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return fetch(input, init);
  };
}

/** The widget's shadow-root match, failing loudly when it is missing. */
export function shadowPart<T extends Element = HTMLElement>(host: Element, selector: string): T {
  if (!host.shadowRoot) throw new Error(`${host.localName} has no shadow root`);
  return part<T>(host.shadowRoot, selector);
}

/**
 * A fetch whose answers to requests matching `path` arrive from the real server but hold
 * their body back until `release()`: a download that stalls as long as a test needs.
 */
export function stallingFetch(path: RegExp): { fetch: typeof fetch; release: () => void } {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const stalling: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!path.test(new URL(url).pathname) || !response.body) return response;
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await released;
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { fetch: stalling, release };
}
