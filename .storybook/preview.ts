import type { Preview } from '@storybook/web-components-vite';

// Every story gets a clean page: no stored session. Stories that set a reset link restore
// the address themselves when left (see `resetLink` in login.stories.ts).
const preview: Preview = {
  decorators: [
    (story) => {
      localStorage.clear();
      return story();
    },
  ],
  parameters: { layout: 'padded' },
};

export default preview;
