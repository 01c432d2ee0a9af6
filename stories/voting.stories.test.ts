import { playStories } from './support/play-stories.js';
import * as votingStories from './voting.stories.js';

playStories('atrium-voting', votingStories);
