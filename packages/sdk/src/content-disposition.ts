/**
 * The file name a `Content-Disposition` header gives (RFC 6266): the UTF-8 `filename*`
 * (RFC 5987) first, as it keeps Cyrillic and Polish letters, else the plain `filename`.
 */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[1] && extended[2]) {
    try {
      const bytes = percentDecode(extended[2].trim());
      return new TextDecoder(extended[1].toLowerCase()).decode(bytes);
    } catch {
      // An unknown charset or bad escapes: the plain name below still names the file.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name || null;
}

function percentDecode(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%') {
      const byte = Number.parseInt(text.slice(i + 1, i + 3), 16);
      if (Number.isNaN(byte)) throw new URIError('bad escape');
      bytes.push(byte);
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return Uint8Array.from(bytes);
}
