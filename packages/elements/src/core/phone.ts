/** A phone number as typed, without the spaces, dashes, dots and brackets people put between its digits. */
export function phoneOf(typed: string): string {
  return typed.replace(/[\s().-]/g, '');
}
