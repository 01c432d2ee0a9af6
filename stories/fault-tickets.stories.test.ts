// Every fault-tickets story rendered and played in Chromium, outside Storybook: a story
// whose play step breaks, or whose page fails axe, fails here.
import { expect, fixture, html } from '@open-wc/testing';
import { setProjectAnnotations, type Meta, type StoryObj } from '@storybook/web-components';
import { composeStory } from 'storybook/preview-api';
import preview from '../.storybook/preview.js';
import * as ticketStories from './fault-tickets.stories.js';

setProjectAnnotations(preview);

const { default: meta, ...stories } = ticketStories as unknown as Record<string, StoryObj> & {
  default: Meta;
};

describe('atrium-fault-tickets stories', () => {
  for (const [name, story] of Object.entries(stories)) {
    it(`${name} renders, plays and passes axe`, async () => {
      const composed = composeStory(story, meta, undefined, undefined, name);
      const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
      await composed.run({ canvasElement });
      const widget = canvasElement.querySelector('atrium-fault-tickets');
      expect(widget?.shadowRoot?.querySelector('[part="base"]')).to.not.equal(null);
      await expect(canvasElement).to.be.accessible();
    });
  }
});
