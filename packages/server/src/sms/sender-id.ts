/** The sender a server's SMS show when none is configured (SMS_SENDER). */
export const defaultSmsSender = 'Atrium';

/**
 * Whether gateways take it as the sender an SMS shows: an alphanumeric sender ID (up to 11
 * Latin letters, digits and inner spaces) or a phone number in E.164 form. A tenant's name is
 * no sender ID: it can be any length, in any script.
 */
export const isSenderId = (value: string) =>
  (/^[A-Za-z0-9 ]{1,11}$/.test(value) && value.trim() === value) || /^\+[1-9]\d{6,14}$/.test(value);

/** The sender configured as `name`, checked: a wrong one stops the start. */
export function smsSender(name: string, value: string): string {
  if (isSenderId(value)) return value;
  throw new Error(
    `${name} must be up to 11 letters, digits and spaces, or a phone number, not "${value}"`,
  );
}
