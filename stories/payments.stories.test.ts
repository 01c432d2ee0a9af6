import { playStories } from './support/play-stories.js';
import * as paymentsStories from './payments.stories.js';

playStories('atrium-payments', paymentsStories);
