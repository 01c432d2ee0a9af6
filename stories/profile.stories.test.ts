import { playStories } from './support/play-stories.js';
import * as profileStories from './profile.stories.js';

playStories('atrium-profile', profileStories);
