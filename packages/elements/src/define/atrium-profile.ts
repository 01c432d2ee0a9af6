import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumProfile } from '../profile/atrium-profile.js';

ensureContextRoot();
defineElement('atrium-profile', AtriumProfile);
