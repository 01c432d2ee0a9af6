import { html, type TemplateResult } from 'lit';

/** A table's head: one column header per label, in order. */
export function columnHeads(labels: readonly string[]): TemplateResult {
  const heads = labels.map((label) => html`<th scope="col">${label}</th>`);
  return html`<thead>
    <tr>
      ${heads}
    </tr>
  </thead>`;
}
