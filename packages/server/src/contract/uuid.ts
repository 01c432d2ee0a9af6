/**
 * A UUID in its canonical 8-4-4-4-12 form, in either case. ajv-formats also lets
 * `urn:uuid:…` through, which PostgreSQL's uuid type refuses.
 */
export const isUuid = (text: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
