import type { CallOptions } from './auth.js';
import { fileNameOf } from './content-disposition.js';
import { toAtriumError } from './errors.js';
import type { FileSend } from './http.js';

export interface DownloadOptions extends CallOptions {
  /** Called as bytes arrive; `total` is null when the server does not say the size. */
  onProgress?: (loaded: number, total: number | null) => void;
}

export interface DownloadedFile {
  blob: Blob;
  /** From `Content-Disposition`, else the last segment of the address. */
  fileName: string;
  contentType: string;
}

/** A file the contract links to: its `href` (relative to the tenant's API root) and type. */
export interface FileLink {
  href: string;
  contentType: string;
  /** Bytes, when the contract knows them before the download. */
  size?: number | null;
}

/** Streams one file (a `FileLink`, or any `href` the contract gave) into a Blob. */
export type Download = (file: FileLink | string, opts?: DownloadOptions) => Promise<DownloadedFile>;

// The decompressed bytes are what is read: a compressed length would never be reached.
function declaredSize(response: Response): number | null {
  if (response.headers.get('content-encoding')) return null;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

async function readBody(
  response: Response,
  total: number | null,
  onProgress: DownloadOptions['onProgress'],
): Promise<Blob[]> {
  onProgress?.(0, total);
  if (!response.body) {
    const blob = await response.blob();
    onProgress?.(blob.size, total);
    return [blob];
  }
  const parts: Blob[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(new Blob([value]));
    loaded += value.byteLength;
    onProgress?.(loaded, total);
  }
}

const lastSegment = (href: string) =>
  decodeURIComponent(href.split('?')[0]?.split('/').pop() ?? '') || 'download';

export function createDownload(sendFile: FileSend): Download {
  return async (file, opts = {}) => {
    const href = typeof file === 'string' ? file : file.href;
    const accept = typeof file === 'string' ? '*/*' : file.contentType;
    const response = await sendFile({ href, accept, signal: opts.signal });
    const contentType = response.headers.get('content-type') ?? accept;
    const total = declaredSize(response) ?? (typeof file === 'string' ? null : (file.size ?? null));
    try {
      const parts = await readBody(response, total, opts.onProgress);
      return {
        blob: new Blob(parts, { type: contentType }),
        fileName: fileNameOf(response.headers.get('content-disposition')) ?? lastSegment(href),
        contentType,
      };
    } catch (error) {
      // The connection dropped or the caller aborted halfway through the body.
      throw await toAtriumError(error, opts.signal);
    }
  };
}
