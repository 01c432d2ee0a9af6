import { fieldErrorsFromIssues, validators, type Locale, type TicketPhoto } from '@atrium/sdk';

type PhotoType = TicketPhoto['contentType'];

// Keyed by the contract's own union: a type added to or dropped from it fails to compile here.
const photoTypeNames: Record<PhotoType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** The image types a ticket's photo may have (`TicketPhoto.contentType`), for `accept`. */
export const photoTypes = Object.keys(photoTypeNames) as PhotoType[];

export function isPhotoType(type: string): type is PhotoType {
  return type in photoTypeNames;
}

/** The accepted types as the language lists alternatives: "JPEG, PNG or WebP". */
export function photoTypeList(locale: Locale): string {
  const names = Object.values(photoTypeNames);
  // British English, as the dates: "JPEG, PNG or WebP", no serial comma.
  const language = locale === 'en' ? 'en-GB' : locale;
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(names);
}

let limit: number | undefined;

/**
 * The most photos a ticket takes (`TicketInput.photoIds` maxItems), read off the contract's
 * own validator by asking it about a list that is surely too long.
 */
export function photoLimit(): number {
  if (limit !== undefined) return limit;
  const tooMany = Array.from({ length: 100 }, () => '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d');
  const parsed = validators.TicketInput.shape.photoIds.safeParse(tooMany);
  const found = parsed.success
    ? undefined
    : fieldErrorsFromIssues(parsed.error.issues).find((error) => error.code === 'too_long');
  const max = found?.params?.['limit'];
  return (limit = typeof max === 'number' ? max : tooMany.length);
}
