import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

// Labelled controls for widgets' forms, wired as core/form-field.ts wires the login's
// inputs (a real <label>, aria-invalid, aria-describedby naming the hint and the error),
// with shadow parts: `field`, `hint`, `field-error`.

export interface FieldOptions {
  id: string;
  name: string;
  label: string;
  /** Texts of the field's errors; any marks the control invalid. */
  errors: readonly string[];
  hint?: string;
  required?: boolean;
}

export interface Choice {
  value: string;
  label: string;
  /** The label's language, when not the page's (a language named in itself). */
  lang?: string;
}

/** The ids describing a control: its error first (read first), then its hint. */
function describedBy({ id, errors, hint }: FieldOptions): string | undefined {
  const ids = [errors.length ? `${id}-error` : '', hint ? `${id}-hint` : ''];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** A field's hint and error texts, for controls laid out by hand (a file input, a group). */
export function fieldNotes({ id, errors, hint }: FieldOptions): TemplateResult {
  return html`${hint ? html`<p part="hint" class="muted" id="${id}-hint">${hint}</p>` : nothing}
  ${errors.length ? html`<p part="field-error" id="${id}-error">${errors.join(' ')}</p>` : nothing}`;
}

export function textField(
  field: FieldOptions & {
    autocomplete?: string;
    /** The keyboard a phone shows: digits only, with a decimal separator, a phone's, an e-mail's. */
    inputmode?: 'numeric' | 'decimal' | 'tel' | 'email';
    /** The value it starts with (its default: what the reader typed stays). */
    value?: string;
    onInput?: (event: InputEvent) => void;
  },
): TemplateResult {
  return html`<div part="field" class="field">
    <label for=${field.id}>${field.label}</label>
    <input
      id=${field.id}
      name=${field.name}
      type="text"
      inputmode=${ifDefined(field.inputmode)}
      .defaultValue=${field.value ?? ''}
      autocomplete=${field.autocomplete ?? 'off'}
      ?required=${field.required}
      aria-invalid=${field.errors.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      @input=${field.onInput}
    />
    ${fieldNotes(field)}
  </div>`;
}

export function textArea(field: FieldOptions & { rows?: number }): TemplateResult {
  return html`<div part="field" class="field">
    <label for=${field.id}>${field.label}</label>
    <textarea
      id=${field.id}
      name=${field.name}
      rows=${field.rows ?? 4}
      ?required=${field.required}
      aria-invalid=${field.errors.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
    ></textarea>
    ${fieldNotes(field)}
  </div>`;
}

export function selectField(
  field: FieldOptions & {
    choices: readonly Choice[];
    value: string;
    onChange?: (event: Event) => void;
  },
): TemplateResult {
  const options = field.choices.map(
    (choice) =>
      html`<option
        value=${choice.value}
        lang=${ifDefined(choice.lang)}
        ?selected=${choice.value === field.value}
      >
        ${choice.label}
      </option>`,
  );
  return html`<div part="field" class="field">
    <label for=${field.id}>${field.label}</label>
    <select
      id=${field.id}
      name=${field.name}
      ?required=${field.required}
      aria-invalid=${field.errors.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      @change=${field.onChange}
    >
      ${options}
    </select>
    ${fieldNotes(field)}
  </div>`;
}
