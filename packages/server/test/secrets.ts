import assert from 'node:assert/strict';

/**
 * The secrets the suites send and are given (passwords, tokens, reset and e-mail codes),
 * gathered by checkedFetch from every JSON body, so that every answer and every log line of
 * every suite can be searched for them.
 */
const secretKeys = new Set(['password', 'token', 'refreshToken', 'accessToken']);
// shorter values (a six-digit SMS code) could turn up by chance inside other data; longer
// ones are the bad-input sweep's overlong strings, no password or token
const shortest = 8;
const longest = 512;

/** What a request carried: no answer may show it back. */
const sent = new Set<string>();
/** What answers handed out: the logs may show it no more than what was sent. */
const given = new Set<string>();

function gather(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((item) => gather(item, into));
  if (value === null || typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value)) {
    if (
      secretKeys.has(key) &&
      typeof field === 'string' &&
      field.length >= shortest &&
      field.length <= longest
    ) {
      into.add(field);
    } else {
      gather(field, into);
    }
  }
}

export const gatherSent = (body: unknown) => gather(body, sent);
export const gatherGiven = (body: unknown) => gather(body, given);

/** The text of an answer shows none of the secrets requests carried. */
export function assertNoSentSecret(text: string, where: string): void {
  for (const secret of sent)
    assert.ok(!text.includes(secret), `${where} shows a secret it was sent`);
}

/** No log line shows a secret a request carried or an answer handed out. */
export function assertLogsKeepSecrets(lines: string[]): void {
  const secrets = [...sent, ...given];
  for (const line of lines) {
    for (const secret of secrets) assert.ok(!line.includes(secret), `a secret is logged: ${line}`);
  }
}
