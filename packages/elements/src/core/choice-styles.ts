import { css } from 'lit';
import { token } from './theme.js';

/**
 * Groups of choices: a `fieldset` boxed with its legend, and radio buttons and checkboxes
 * large enough to tap, in the theme's colour.
 */
export const choiceStyles = css`
  fieldset {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: ${token('color-primary')};
  }
`;
