import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The apartment statistics widget's texts, the `apartment-stats` namespace. */
export const apartmentStatsMessages = { ru, pl, en };
