import { html, type TemplateResult } from 'lit';

/** A record's details as `dl part="details"`: each label over its value, in as many columns as fit. */
export function detailsList(
  entries: readonly (readonly [label: string, value: unknown])[],
): TemplateResult {
  const items = entries.map(
    ([label, value]) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`,
  );
  return html`<dl part="details">${items}</dl>`;
}
