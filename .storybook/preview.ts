import type { Preview } from '@storybook/web-components-vite';

// Every story gets a clean page: no stored session, no reset link left by another story.
const preview: Preview = {
  decorators: [
    (story) => {
      localStorage.clear();
      if (location.hash.includes('atrium-reset-token')) {
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      }
      return story();
    },
  ],
  parameters: { layout: 'padded' },
};

export default preview;
