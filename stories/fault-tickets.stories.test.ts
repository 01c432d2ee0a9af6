import { playStories } from './support/play-stories.js';
import * as ticketStories from './fault-tickets.stories.js';

playStories('atrium-fault-tickets', ticketStories);
