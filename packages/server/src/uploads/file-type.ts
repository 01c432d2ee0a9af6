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

/** Whether a file's bytes begin as every PDF's do, with `%PDF-`. */
export function isPdf(chunks: readonly Buffer[]): boolean {
  // chunks are 256 KB but the last: the first holds the whole signature of any real PDF
  return (chunks[0] ?? Buffer.alloc(0)).subarray(0, 5).toString('latin1') === '%PDF-';
}
