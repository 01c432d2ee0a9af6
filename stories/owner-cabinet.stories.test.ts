import { playStories } from './support/play-stories.js';
import * as statsStories from './apartment-stats.stories.js';
import * as reportsStories from './reports.stories.js';

playStories('atrium-apartment-stats', statsStories);
playStories('atrium-reports', reportsStories);
