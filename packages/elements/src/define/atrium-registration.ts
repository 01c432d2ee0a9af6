import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumRegistration } from '../registration/atrium-registration.js';

ensureContextRoot();
defineElement('atrium-registration', AtriumRegistration);
