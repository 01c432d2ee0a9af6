import { css } from 'lit';
import { token } from '../core/theme.js';

/**
 * Adopted into the document (or enclosing shadow root), so every selector is scoped to
 * `atrium-login` and wrapped in `:where()`: zero specificity, any page rule overrides it.
 * Logical properties only, ready for right-to-left languages.
 */
export const loginStyles = css`
  :where(atrium-login) {
    display: block;
    color: ${token('color-text')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
  }
  :where(atrium-login [data-part='panel']) {
    box-sizing: border-box;
    max-inline-size: ${token('max-width')};
    padding: ${token('space-6')};
    border-radius: ${token('radius')};
    background: ${token('color-login-background')};
  }
  :where(atrium-login [data-part='heading'], atrium-login [data-part='greeting']) {
    margin-block: 0 ${token('space-4')};
    font-size: 1.5em;
    line-height: 1.2;
  }
  :where(atrium-login [data-part='form']) {
    display: grid;
    gap: ${token('space-4')};
  }
  :where(atrium-login [data-part='field']) {
    display: grid;
    gap: ${token('space-1')};
  }
  :where(atrium-login [data-part='label']) {
    font-weight: 600;
  }
  :where(atrium-login [data-part='control']) {
    display: flex;
    gap: ${token('space-2')};
  }
  :where(atrium-login [data-part='input']) {
    flex: 1;
    min-inline-size: 0;
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: #fff;
    color: inherit;
    font: inherit;
  }
  :where(atrium-login [data-part='input'][aria-invalid='true']) {
    border-color: ${token('color-danger')};
  }
  :where(atrium-login button) {
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-4')};
    border: 1px solid ${token('color-primary')};
    border-radius: ${token('radius')};
    background: transparent;
    color: ${token('color-primary')};
    font: inherit;
    cursor: pointer;
  }
  :where(atrium-login [data-part='submit']) {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-weight: 600;
  }
  :where(atrium-login [data-part='toggle'][aria-pressed='true']) {
    background: color-mix(in srgb, ${token('color-primary')} 12%, transparent);
  }
  :where(atrium-login [data-part='link']) {
    justify-self: start;
    padding-inline: 0;
    border-color: transparent;
    text-decoration: underline;
  }
  :where(atrium-login button:disabled) {
    cursor: progress;
    opacity: 0.7;
  }
  :where(atrium-login :focus-visible) {
    outline: 2px solid transparent;
    box-shadow: ${token('focus-ring')};
  }
  :where(atrium-login [data-part='field-error'], atrium-login [data-part='alert']) {
    margin: 0;
    color: ${token('color-danger')};
  }
  :where(atrium-login [data-part='notice']:empty) {
    display: none;
  }
  :where(atrium-login [data-part='notice']) {
    margin-block: 0 ${token('space-4')};
    color: ${token('color-success')};
  }
  :where(atrium-login [data-part='intro'], atrium-login [data-part='rules-heading']) {
    margin: 0;
    color: ${token('color-muted')};
  }
  :where(atrium-login [data-part='rules']) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(atrium-login [data-part='rule']) {
    color: ${token('color-muted')};
  }
  :where(atrium-login [data-part='rule'][data-met='true']) {
    color: ${token('color-success')};
  }
  :where(atrium-login [data-part='rule-icon']) {
    display: inline-block;
    inline-size: 1.25em;
  }
  :where(atrium-login [data-visually-hidden]) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
