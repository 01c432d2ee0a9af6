import { css } from 'lit';
import { token } from '../core/theme.js';

export const faultTicketsStyles = css`
  [part='toolbar'],
  [part='filter'] {
    justify-self: start;
  }
  [part='timeline'],
  [part='photo-list'],
  [part='ticket-photos'] {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-status='new'] {
    --badge-color: ${token('color-danger')};
  }
  [data-status='accepted'] {
    --badge-color: ${token('color-chart-2')};
  }
  [data-status='waiting_for_resident'] {
    --badge-color: ${token('color-chart-3')};
  }
  [data-status='resolved'] {
    --badge-color: ${token('color-success')};
  }
  [data-status='closed'],
  [data-status='rejected'] {
    --badge-color: ${token('color-muted')};
  }
  form {
    display: grid;
    gap: ${token('space-4')};
    max-inline-size: 40rem;
  }
  [part='photo-error'] {
    margin: 0;
    color: ${token('color-danger')};
  }
  .file-buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
  /* The native file input stays focusable but hidden; its label is the visible button. */
  .file-input {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    opacity: 0;
  }
  [part='add-photos'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.5rem;
    padding-inline: ${token('space-3')};
    border: 1px solid ${token('color-primary')};
    border-radius: ${token('radius')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  .file-input:focus-visible + [part='add-photos'] {
    box-shadow: ${token('focus-ring')};
  }
  .file-input:disabled + [part='add-photos'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  [part='photo-list'] {
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  }
  [part='photo'] {
    display: grid;
    gap: ${token('space-1')};
    align-content: start;
  }
  [part='photo'][data-state='refused'] img[part='preview'] {
    opacity: 0.5;
  }
  [part='preview'],
  [part='photo-image'] {
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: ${token('radius')};
    background: color-mix(in srgb, ${token('color-border')} 20%, transparent);
  }
  .no-preview {
    display: grid;
    place-items: center;
    color: ${token('color-muted')};
    font-size: 0.875em;
  }
  [part='photo-progress'] {
    inline-size: 100%;
    accent-color: ${token('color-primary')};
  }
  .photo-state {
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
    font-size: 0.875em;
  }
  .uploaded {
    color: ${token('color-success')};
  }
  [part='remove'] {
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  [part='ticket'] {
    display: grid;
    gap: ${token('space-3')};
  }
  [part='description'],
  [part='comment'] {
    white-space: pre-line;
  }
  [part='ticket-photos'] {
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  }
  [part='event'] {
    display: grid;
    gap: ${token('space-1')};
    padding-inline-start: ${token('space-3')};
    border-inline-start: 3px solid ${token('color-border')};
  }
  [part='event'][data-internal] {
    border-inline-start-color: ${token('color-chart-3')};
    background: color-mix(in srgb, ${token('color-chart-3')} 8%, transparent);
  }
  .event-head {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  .event-head time {
    color: ${token('color-muted')};
  }
  [part='internal-mark'] {
    font-size: 0.875em;
    font-weight: 600;
  }
  [part='comment-form'],
  [part='reopen-form'],
  [part='status-form'] {
    padding-block-start: ${token('space-3')};
    border-block-start: 1px solid ${token('color-border')};
  }
  [part='submit'] {
    justify-self: start;
  }
`;
