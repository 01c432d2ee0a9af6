import { mediaTypeOf, withExtension } from '../../uploads/file-type.js';
import type { PhotoType } from '../types.js';

/** At most 10 MB a photo (the contract's uploadTicketPhoto). */
export const photoLimit = 10 * 1024 * 1024;

// The first bytes of each image type; WebP is a RIFF container whose form type is WEBP.
const signatures: Record<PhotoType, (head: Buffer) => boolean> = {
  'image/jpeg': (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/png': (head) =>
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (head) =>
    head.subarray(0, 4).toString('latin1') === 'RIFF' &&
    head.subarray(8, 12).toString('latin1') === 'WEBP',
};

export const photoTypes = Object.keys(signatures) as PhotoType[];

const extensions: Record<PhotoType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** The photo type a Content-Type header (parameters ignored) names, if it is one of ours. */
export function photoTypeOfHeader(header: string | undefined): PhotoType | null {
  const mediaType = mediaTypeOf(header);
  return photoTypes.find((type) => type === mediaType) ?? null;
}

/** The image type the bytes show by their magic numbers, or null for anything else. */
export function photoTypeOfContent(chunks: readonly Buffer[]): PhotoType | null {
  // chunks are 256 KB but the last: the first holds the whole head of any real image
  const head = chunks[0] ?? Buffer.alloc(0);
  return photoTypes.find((type) => signatures[type](head)) ?? null;
}

/**
 * The name a photo is served under: the uploader's, or one made from the ticket, always
 * ending in its type's extension so it never opens as something else.
 */
export function photoFileName(
  photo: { fileName: string | null; contentType: PhotoType },
  fallback: string,
): string {
  return withExtension(photo.fileName ?? fallback, extensions[photo.contentType]);
}
