import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { PhotoUpload } from '@atrium/sdk';
import type { Failure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import type { Translate } from '../core/i18n.js';
import { asFailure } from '../core/action-controller.js';
import { fieldNotes } from '../core/fields.js';
import type { PartHost } from '../core/part-host.js';
import { isPhotoType, photoLimit, photoTypeList, photoTypes } from './photo-limits.js';

interface Photo {
  key: string;
  name: string;
  /** The preview's object URL, revoked when the photo goes. */
  url: string;
  loaded: number;
  total: number;
  upload: PhotoUpload | null;
  failure: Failure | null;
  abort: AbortController | null;
  /** The browser cannot draw it (no image after all): no preview. */
  unreadable: boolean;
  /** Settles when the upload has ended, either way. */
  done: Promise<void>;
}

/** Refusals worded per photo; anything else reads as the error it is. */
const photoRefusals = new Set(['unsupported_media_type', 'payload_too_large']);

/**
 * The photos of a ticket being reported: each uploads as soon as it is picked (a draft on
 * the server), with a preview and its progress; a refused one says why; "Remove" discards
 * the draft. Types and count come from the contract (`photo-limits.ts`).
 */
export class PhotoPicker implements ReactiveController {
  #photos: Photo[] = [];
  /** Why files just picked were not taken (wrong type, one too many). */
  #refusals: string[] = [];
  #announcement = '';
  #next = 0;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const photo of this.#photos) photo.abort?.abort();
    this.#forget();
  }

  /** The uploaded photos' ids, in the order they were picked. */
  get uploadedIds(): string[] {
    return this.#photos.flatMap((photo) => (photo.upload ? [photo.upload.id] : []));
  }

  /** Waits for the uploads under way; true when every photo is uploaded. */
  async settled(): Promise<boolean> {
    await Promise.all(this.#photos.map((photo) => photo.done));
    return this.#photos.every((photo) => photo.upload);
  }

  /** The ticket was created with the photos: they are its own now, not drafts. */
  handedOver(): void {
    this.#forget();
  }

  /** The report was given up: its drafts are discarded. */
  discardAll(): void {
    for (const photo of [...this.#photos]) this.#remove(photo);
    this.#forget();
  }

  render(t: Translate, errors: readonly string[]): TemplateResult {
    const locale = this.atrium.locale;
    const max = photoLimit();
    const full = this.#photos.length >= max;
    const types = photoTypeList(locale);
    const notes = {
      id: `${this.id}-photos`,
      name: 'photos',
      label: '',
      errors,
      hint: `${t('photos.hint', { types, count: max })} ${full ? t('photos.full') : ''}`.trim(),
    };
    const describedBy = [errors.length ? `${notes.id}-error` : '', `${notes.id}-hint`];
    const input = (capture: boolean) =>
      html`<input
          id="${this.id}-photo-${capture ? 'camera' : 'files'}"
          class="file-input"
          type="file"
          accept=${photoTypes.join(',')}
          ?multiple=${!capture}
          capture=${capture ? 'environment' : nothing}
          ?disabled=${full}
          aria-invalid=${errors.length ? 'true' : 'false'}
          aria-describedby=${describedBy.join(' ').trim()}
          @change=${this.#onPick}
        />
        <label part="add-photos" for="${this.id}-photo-${capture ? 'camera' : 'files'}">
          ${capture ? t('photos.take') : t('photos.add')}
        </label>`;
    const camera = matchMedia('(pointer: coarse)').matches ? input(true) : nothing;
    const refusals = this.#refusals.map((text) => html`<p>${text}</p>`);
    const photos = this.#photos.map((photo, index) => this.#photo(t, photo, index + 1));
    return html`<fieldset part="photos">
      <legend>${t('photos.legend')}</legend>
      <div class="file-buttons">
        ${input(false)} ${camera}
        <span class="muted">${t('photos.chosen', { count: this.#photos.length, max })}</span>
      </div>
      ${fieldNotes(notes)}
      ${refusals.length ? html`<div part="field-error" role="alert">${refusals}</div>` : nothing}
      ${
        photos.length
          ? html`<ul part="photo-list">
              ${photos}
            </ul>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.#announcement}</p>
    </fieldset>`;
  }

  #photo(t: Translate, photo: Photo, index: number): TemplateResult {
    const state = photo.failure ? 'refused' : photo.upload ? 'uploaded' : 'uploading';
    const types = photoTypeList(this.atrium.locale);
    const failure = photo.failure;
    const progress = html`<progress
        part="photo-progress"
        max=${photo.total}
        value=${photo.loaded}
        aria-label=${t('photos.uploading', { name: photo.name })}
      ></progress>
      <span aria-hidden="true">${this.#percent(photo)}</span>`;
    const outcome = failure
      ? html`<p part="photo-error" role="alert">
          ${
            photoRefusals.has(failure.code)
              ? t(`photos.refused.${failure.code}`, { types })
              : errorText(t, failure)
          }
        </p>`
      : photo.upload
        ? html`<span class="uploaded">✓ ${t('photos.uploaded')}</span>`
        : progress;
    return html`<li part="photo" data-state=${state}>
      ${
        photo.unreadable
          ? html`<span part="preview" class="no-preview">${t('photos.noPreview')}</span>`
          : html`<img
              part="preview"
              src=${photo.url}
              alt=${t('photos.preview', { index, name: photo.name })}
              data-key=${photo.key}
              @error=${this.#onUnreadable}
            />`
      }
      <div class="photo-state">${outcome}</div>
      <button part="remove" type="button" data-key=${photo.key} @click=${this.#onRemove}>
        ${t('photos.remove', { name: photo.name })}
      </button>
    </li>`;
  }

  #percent(photo: Photo): string {
    const share = photo.total ? photo.loaded / photo.total : 0;
    return new Intl.NumberFormat(this.atrium.locale, { style: 'percent' }).format(share);
  }

  readonly #onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // picking the same file again is a new pick
    const t = this.atrium.t;
    const max = photoLimit();
    const types = photoTypeList(this.atrium.locale);
    this.#refusals = [];
    for (const file of files) {
      if (!isPhotoType(file.type)) {
        this.#refusals.push(t('photos.wrongType', { name: file.name, types }));
      } else if (this.#photos.length >= max) {
        this.#refusals.push(t('photos.tooMany', { name: file.name, count: max }));
      } else {
        this.#photos = [...this.#photos, this.#upload(file)];
      }
    }
    this.host.requestUpdate();
  };

  #upload(file: File): Photo {
    const photo: Photo = {
      key: String(++this.#next),
      name: file.name,
      url: URL.createObjectURL(file),
      loaded: 0,
      total: file.size,
      upload: null,
      failure: null,
      abort: new AbortController(),
      unreadable: false,
      done: Promise.resolve(),
    };
    const client = this.atrium.client;
    if (!client) {
      photo.failure = { code: 'not_connected' };
      photo.abort = null;
      return photo;
    }
    const signal = photo.abort?.signal;
    const onProgress = (loaded: number, total: number) => {
      photo.loaded = loaded;
      photo.total = total;
      this.host.requestUpdate();
    };
    photo.done = client.tickets
      .uploadPhoto(file, { signal, fileName: file.name || undefined, onProgress })
      .then(
        (upload) => {
          photo.upload = upload;
          this.#announcement = `${photo.name}: ${this.atrium.t('photos.uploaded')}`;
        },
        (error: unknown) => {
          if (!signal?.aborted) photo.failure = asFailure(error);
        },
      )
      .finally(() => {
        photo.abort = null;
        this.host.requestUpdate();
      });
    return photo;
  }

  readonly #onUnreadable = (event: Event): void => {
    const key = (event.currentTarget as HTMLElement).dataset['key'];
    const photo = this.#photos.find((candidate) => candidate.key === key);
    if (!photo) return;
    photo.unreadable = true;
    this.host.requestUpdate();
  };

  readonly #onRemove = (event: Event): void => {
    const key = (event.currentTarget as HTMLElement).dataset['key'];
    const photo = this.#photos.find((candidate) => candidate.key === key);
    if (!photo) return;
    this.#remove(photo);
    this.#announcement = this.atrium.t('photos.removed', { name: photo.name });
    this.host.requestUpdate();
    // The button is gone with its photo: focus goes back to adding photos.
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`#${this.id}-photo-files`)?.focus(),
    );
  };

  #remove(photo: Photo): void {
    photo.abort?.abort();
    // A draft left behind expires in a day; discarding it is a courtesy, not a must.
    if (photo.upload) this.atrium.client?.tickets.discardPhoto(photo.upload.id).catch(() => {});
    URL.revokeObjectURL(photo.url);
    this.#photos = this.#photos.filter((candidate) => candidate !== photo);
    this.#refusals = [];
  }

  #forget(): void {
    for (const photo of this.#photos) URL.revokeObjectURL(photo.url);
    this.#photos = [];
    this.#refusals = [];
    this.#announcement = '';
  }
}
