/**
 * `Content-Disposition: attachment` naming the file (RFC 6266): an ASCII `filename` for old
 * clients and the exact UTF-8 name in `filename*` (RFC 5987).
 */
export function attachment(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const name = fileName.replace(/[\u0000-\u001f\u007f/\\]/g, '_');
  const ascii = name.replace(/[^\x20-\x7e]|["%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
