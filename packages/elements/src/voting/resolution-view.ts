import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale, MeetingDocument, Resolution } from '@atrium/sdk';
import type { Failure } from '../core/action-controller.js';
import { errorText } from '../core/error-text.js';
import { fileSize } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { majorityText } from './meeting-text.js';

/** Texts longer than this are shown folded, with "Show the full text". */
const LONG_TEXT = 480;

export interface ResolutionViewOptions {
  t: Translate;
  locale: Locale;
  /** The element id prefix of the meeting's view. */
  id: string;
  resolution: Resolution;
  /** Whether the reader unfolded its text. */
  unfolded: boolean;
  /** The documents being downloaded, and why one failed, by document id. */
  downloading: (documentId: string) => boolean;
  downloadFailure: (documentId: string) => Failure | null;
  onToggleText: (event: Event) => void;
  onDocument: (event: Event) => void;
  /** What follows the text: the outcome, the reader's votes or vote buttons. */
  votes: TemplateResult | TemplateResult[] | typeof nothing;
  outcome: TemplateResult | typeof nothing;
}

/** One resolution of the agenda: its number, title, full text, documents and majority rule. */
export function resolutionView(options: ResolutionViewOptions): TemplateResult {
  const { t, resolution, unfolded } = options;
  const base = `${options.id}-${resolution.id}`;
  const long = resolution.text.length > LONG_TEXT;
  const paragraphs = resolution.text
    .split(/\n\s*\n/)
    .map((paragraph) => html`<p>${paragraph.trim()}</p>`);
  return html`<section
    part="resolution"
    data-resolution=${resolution.id}
    aria-labelledby="${base}-title"
  >
    <h4 id="${base}-title">
      ${t('resolution.heading', { number: resolution.number, title: resolution.title })}
    </h4>
    <div part="text" id="${base}-text" class=${long && !unfolded ? 'folded' : ''}>
      ${paragraphs}
    </div>
    ${
      long
        ? html`<button
            part="text-toggle"
            type="button"
            data-resolution=${resolution.id}
            aria-expanded=${unfolded ? 'true' : 'false'}
            aria-controls="${base}-text"
            @click=${options.onToggleText}
          >
            ${unfolded ? t('resolution.shortText') : t('resolution.fullText')}
          </button>`
        : nothing
    }
    <p part="majority">${majorityText(t, resolution)}</p>
    ${documentList(options)} ${options.outcome} ${options.votes}
  </section>`;
}

function documentList(options: ResolutionViewOptions): TemplateResult | typeof nothing {
  const { t, resolution } = options;
  if (!resolution.documents.length) return nothing;
  const items = resolution.documents.map((document) => documentItem(options, document));
  return html`<ul part="documents" aria-label=${t('resolution.documents')}>
    ${items}
  </ul>`;
}

function documentItem(options: ResolutionViewOptions, document: MeetingDocument) {
  const { t, locale } = options;
  const busy = options.downloading(document.id);
  const failure = options.downloadFailure(document.id);
  const name = document.name;
  return html`<li>
    <button
      part="document"
      type="button"
      data-document=${document.id}
      data-resolution=${document.resolutionId}
      aria-disabled=${ifDefined(busy ? 'true' : undefined)}
      @click=${options.onDocument}
    >
      ${
        busy
          ? t('resolution.downloading', { name })
          : t('resolution.download', { name, size: fileSize(document.size, locale) })
      }
    </button>
    ${failure ? html`<p part="status" role="alert">${errorText(t, failure)}</p>` : nothing}
  </li>`;
}
