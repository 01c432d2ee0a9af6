// Every story of a widget rendered and played in Chromium, outside Storybook: a story
// whose play step breaks, or whose page fails axe, fails the test.
import { expect, fixture, html } from '@open-wc/testing';
import { setProjectAnnotations, type Meta, type StoryObj } from '@storybook/web-components';
import { composeStory } from 'storybook/preview-api';
import preview from '../../.storybook/preview.js';

setProjectAnnotations(preview);

/** One test per story of `module` (a `*.stories.ts` module) that renders the widget `tag`. */
export function playStories(tag: string, module: unknown): void {
  const { default: meta, ...stories } = module as Record<string, StoryObj> & { default: Meta };
  describe(`${tag} stories`, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(`${name} renders, plays and passes axe`, async () => {
        const composed = composeStory(story, meta, undefined, undefined, name);
        const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
        await composed.run({ canvasElement });
        const widget = canvasElement.querySelector(tag);
        expect(widget?.shadowRoot?.querySelector('[part="base"]')).to.not.equal(null);
        await expect(canvasElement).to.be.accessible();
      });
    }
  });
}
