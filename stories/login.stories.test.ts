// Every login story rendered and played in Chromium, outside Storybook: a story whose play
// step breaks, or whose page fails axe, fails here.
import { expect, fixture, html } from '@open-wc/testing';
import { setProjectAnnotations, type Meta, type StoryObj } from '@storybook/web-components';
import { composeStory } from 'storybook/preview-api';
import preview from '../.storybook/preview.js';
import * as loginStories from './login.stories.js';

setProjectAnnotations(preview);
const { default: meta, ...stories } = loginStories;

async function run(name: keyof typeof stories): Promise<HTMLElement> {
  // The stories' own Args make them too narrow for composeStory's untyped signature.
  const story = stories[name] as StoryObj;
  const composed = composeStory(story, meta as Meta, undefined, undefined, name);
  const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
  await composed.run({ canvasElement });
  return canvasElement;
}

describe('atrium-login stories', () => {
  for (const name of Object.keys(stories) as (keyof typeof stories)[]) {
    it(`${name} renders, plays and passes axe`, async () => {
      const canvas = await run(name);
      expect(canvas.querySelector('atrium-login')).to.not.equal(null);
      await expect(canvas).to.be.accessible();
    });
  }

  it('a reset-link story puts the address back when left', async () => {
    history.replaceState(null, '', '#page-state=kept');
    await run('ResetWithChecklist');
    expect(location.hash).to.contain('atrium-reset-token');
    await run('SignIn');
    expect(location.hash).to.equal('#page-state=kept');
    history.replaceState(null, '', location.pathname);
  });
});
