import { css } from 'lit';
import { token } from './theme.js';

/**
 * The controls of core/fields.ts and the forms around them: text inputs and text areas the
 * width of their form, red when refused, the refusals' texts (`field-error`, `form-error`),
 * and a radio button or checkbox with its label (`.choice`).
 */
export const fieldStyles = css`
  input[type='text'],
  textarea {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-background')};
    color: inherit;
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }
  [part='field-error'],
  [part='form-error'] {
    margin: 0;
    color: ${token('color-danger')};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-block-size: 2.5rem;
    font-weight: 400;
  }
`;
