import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumReports } from '../reports/atrium-reports.js';

ensureContextRoot();
defineElement('atrium-reports', AtriumReports);
