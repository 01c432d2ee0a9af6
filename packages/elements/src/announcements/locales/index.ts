import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The announcements widget's texts, the `announcements` namespace. */
export const announcementsMessages = { ru, pl, en };
