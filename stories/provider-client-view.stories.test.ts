import { playStories } from './support/play-stories.js';
import * as clientViewStories from './provider-client-view.stories.js';

playStories('atrium-announcements', clientViewStories);
