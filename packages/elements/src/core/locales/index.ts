import { en } from './en.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/**
 * Texts every widget shares (errors by contract code, field errors, waits), the `atrium`
 * namespace. A widget's own namespace is searched first, so it can word one differently.
 */
export const commonMessages = { ru, pl, en };
