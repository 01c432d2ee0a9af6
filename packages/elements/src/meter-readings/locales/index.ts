import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The meter readings widget's texts, the `meter-readings` namespace. */
export const meterReadingsMessages = { ru, pl, en };
