import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumProvider } from '../provider/atrium-provider.js';

ensureContextRoot();
defineElement('atrium-provider', AtriumProvider);
