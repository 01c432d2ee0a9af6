import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The reports widget's texts, the `reports` namespace. */
export const reportsMessages = { ru, pl, en };
