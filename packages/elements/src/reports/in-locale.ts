/** A statement's address asking for it in `locale` (statements are produced on request). */
export function inLocale(href: string, locale: string): string {
  const [path = '', query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set('locale', locale);
  return `${path}?${params.toString()}`;
}
