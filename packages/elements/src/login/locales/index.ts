import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** The login widget's texts, added to the library's i18next as the `login` namespace. */
export const loginMessages = { ru, pl, en };
