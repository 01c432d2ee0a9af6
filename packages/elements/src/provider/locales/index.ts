import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/**
 * The provider's own texts (the client-view banner), apart from the shared ones so that a
 * page with the provider alone does not load every widget's error texts.
 */
export const providerMessages = { ru, pl, en };
