import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumVoting } from '../voting/atrium-voting.js';

ensureContextRoot();
defineElement('atrium-voting', AtriumVoting);
