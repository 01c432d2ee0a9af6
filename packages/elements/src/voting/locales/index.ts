import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The voting widget's texts, the `voting` namespace. */
export const votingMessages = { ru, pl, en };
