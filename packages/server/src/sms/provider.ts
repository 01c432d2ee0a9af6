import { ProviderUnavailable } from '../payments/providers/types.js';

export { ProviderRefused, ProviderUnavailable } from '../payments/providers/types.js';

/** One SMS: to a phone in E.164 form, from the name the phone shows as the sender. */
export interface SmsMessage {
  to: string;
  from: string;
  text: string;
}

/**
 * An SMS gateway. `send` is idempotent on its key: the same key again is the same message,
 * never a second one, so a send whose answer was lost may be repeated. It throws
 * ProviderUnavailable (no answer in time, no connection, a 5xx: ask again later) or
 * ProviderRefused (a 4xx: asking again is no use).
 */
export interface SmsProvider {
  readonly name: string;
  /** The gateway's id of the message. */
  send(message: SmsMessage, idempotencyKey: string): Promise<string>;
}

/** The name of the provider that stands for none configured. */
export const unconfiguredSms = 'unconfigured';

/**
 * The provider of a server given none where no sandbox may stand in (production): nothing is
 * pretended, every send is ProviderUnavailable.
 */
export const unconfiguredSmsProvider: SmsProvider = {
  name: unconfiguredSms,
  send: () =>
    Promise.reject(new ProviderUnavailable('sms', new Error('no SMS provider is configured'))),
};
