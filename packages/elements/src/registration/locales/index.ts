import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The registration widget's texts, the `registration` namespace. */
export const registrationMessages = { ru, pl, en };
