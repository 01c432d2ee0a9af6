import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumPayments } from '../payments/atrium-payments.js';

ensureContextRoot();
defineElement('atrium-payments', AtriumPayments);
