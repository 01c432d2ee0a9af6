import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { Countdowns } from './countdown.js';

/** A host that shows the time left until `deadline`, counting its renders and the deadlines passed. */
class CountdownHost extends LitElement {
  deadline = '';
  renders = 0;
  passed = 0;
  readonly countdowns = new Countdowns(this, () => this.passed++);

  protected override render() {
    this.renders++;
    return html`${this.countdowns.until(this.deadline)}`;
  }
}
customElements.define('countdown-host', CountdownHost);

async function hostUntil(deadline: number): Promise<CountdownHost> {
  const el = await fixture<CountdownHost>(fixtureHtml`<countdown-host></countdown-host>`);
  el.deadline = new Date(deadline).toISOString();
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Countdowns', () => {
  it('wakes the host once when the time left crosses a whole minute, not every second', async () => {
    const el = await hostUntil(Date.now() + 5 * 60_000 + 400);
    const before = el.renders;
    await pause(250);
    expect(el.renders, 'no render before the minute turns').to.equal(before);
    await waitUntil(() => el.renders === before + 1, 'never woke', { timeout: 2000 });
    await pause(600);
    expect(el.renders, 'one render per minute').to.equal(before + 1);
    expect(el.passed).to.equal(0);
  });

  it('tells when a deadline shown has just passed', async () => {
    const el = await hostUntil(Date.now() + 300);
    await waitUntil(() => el.passed === 1, 'the deadline never passed', { timeout: 2000 });
    const renders = el.renders;
    await pause(500);
    expect(el.renders, 'a passed deadline needs no more waking').to.equal(renders);
  });

  it('stops when the host leaves the page, and catches up when it comes back', async () => {
    const el = await hostUntil(Date.now() + 60_000 + 300);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    const renders = el.renders;
    await pause(800);
    expect(el.renders, 'no render while out of the page').to.equal(renders);
    parent.append(el);
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
  });
});
