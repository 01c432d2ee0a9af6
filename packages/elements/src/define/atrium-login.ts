import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumLogin } from '../login/atrium-login.js';

ensureContextRoot();
defineElement('atrium-login', AtriumLogin);
