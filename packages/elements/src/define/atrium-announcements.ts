import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumAnnouncements } from '../announcements/atrium-announcements.js';

ensureContextRoot();
defineElement('atrium-announcements', AtriumAnnouncements);
