import { playStories } from './support/play-stories.js';
import * as meterStories from './meter-readings.stories.js';

playStories('atrium-meter-readings', meterStories);
