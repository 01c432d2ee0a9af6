import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, MeetingDocument, Resolution } from '@atrium/sdk';
import type { Failure } from '../core/action-controller.js';
import { fileSize } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { downloadButton } from './download-button.js';
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
  onDocument: (document: MeetingDocument) => void;
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
  const name = document.name;
  return html`<li>
    ${downloadButton({
      t,
      part: 'document',
      label: t('resolution.download', { name, size: fileSize(document.size, locale) }),
      busyLabel: t('resolution.downloading', { name }),
      busy: options.downloading(document.id),
      failure: options.downloadFailure(document.id),
      onClick: () => options.onDocument(document),
    })}
  </li>`;
}
