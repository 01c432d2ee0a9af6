// Every apartment-stats and reports story rendered and played in Chromium, outside
// Storybook: a story whose play step breaks, or whose page fails axe, fails here.
import { expect, fixture, html } from '@open-wc/testing';
import { setProjectAnnotations, type Meta, type StoryObj } from '@storybook/web-components';
import { composeStory } from 'storybook/preview-api';
import preview from '../.storybook/preview.js';
import * as statsStories from './apartment-stats.stories.js';
import * as reportsStories from './reports.stories.js';

setProjectAnnotations(preview);

const suites = [
  { tag: 'atrium-apartment-stats', module: statsStories },
  { tag: 'atrium-reports', module: reportsStories },
];

for (const { tag, module } of suites) {
  const { default: meta, ...stories } = module as unknown as Record<string, StoryObj> & {
    default: Meta;
  };
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
