import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface FormFieldOptions {
  /** Unique in the document: light-DOM widgets share it with the page. */
  id: string;
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  /** Texts of the field's errors; any marks the input invalid. */
  errors: readonly string[];
  /** Ids of more text describing the input (rules, hints). */
  describedBy?: string;
  onInput?: (event: InputEvent) => void;
  /** Rendered beside the input, e.g. a show-password toggle. */
  after?: TemplateResult;
}

/**
 * A labelled input with its error text wired for assistive technology: a real `<label>`,
 * `aria-invalid`, and `aria-describedby` naming the error. Parts: `field`, `label`,
 * `control`, `input`, `field-error`.
 */
export function formField(field: FormFieldOptions): TemplateResult {
  const errorId = `${field.id}-error`;
  const invalid = field.errors.length > 0;
  const describedBy = [invalid ? errorId : '', field.describedBy ?? ''].join(' ').trim();
  return html`<div data-part="field">
    <label data-part="label" for=${field.id}>${field.label}</label>
    <div data-part="control">
      <input
        data-part="input"
        id=${field.id}
        name=${field.name}
        type=${field.type}
        autocomplete=${field.autocomplete}
        required
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${field.onInput}
      />
      ${field.after ?? nothing}
    </div>
    ${
      invalid
        ? html`<p data-part="field-error" id=${errorId}>${field.errors.join(' ')}</p>`
        : nothing
    }
  </div>`;
}
