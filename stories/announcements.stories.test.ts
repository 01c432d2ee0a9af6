import { playStories } from './support/play-stories.js';
import * as announcementsStories from './announcements.stories.js';

playStories('atrium-announcements', announcementsStories);
