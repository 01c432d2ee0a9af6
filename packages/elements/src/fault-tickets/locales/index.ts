import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The fault tickets widget's texts, the `fault-tickets` namespace. */
export const faultTicketsMessages = { ru, pl, en };
