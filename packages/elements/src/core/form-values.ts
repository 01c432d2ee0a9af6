/**
 * A form's text fields as typed (passwords keep their spaces; e-mails are trimmed); an
 * empty one is missing, so validation says `required` rather than `invalid_format`.
 */
export function formValues<K extends string>(
  form: HTMLFormElement,
  ...names: K[]
): Record<K, string | undefined> {
  const data = new FormData(form);
  const entries = names.map((name) => {
    const value = String(data.get(name) ?? '');
    return [name, (name === 'email' ? value.trim() : value) || undefined];
  });
  return Object.fromEntries(entries) as Record<K, string | undefined>;
}
