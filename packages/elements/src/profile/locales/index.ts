import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The profile widget's texts, the `profile` namespace. */
export const profileMessages = { ru, pl, en };
