import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The payments widget's texts, the `payments` namespace. */
export const paymentsMessages = { ru, pl, en };
