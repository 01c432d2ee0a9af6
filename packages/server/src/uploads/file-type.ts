/** A Content-Type header's media type, lower-cased, its parameters dropped. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * `name` ending in `extension` whatever the uploader called it (`report.exe` →
 * `report.pdf`), so a download never opens as another type.
 */
export function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}
