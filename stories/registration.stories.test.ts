import { playStories } from './support/play-stories.js';
import * as registrationStories from './registration.stories.js';

playStories('atrium-registration', registrationStories);
