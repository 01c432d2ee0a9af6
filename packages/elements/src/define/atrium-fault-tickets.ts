import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumFaultTickets } from '../fault-tickets/atrium-fault-tickets.js';

ensureContextRoot();
defineElement('atrium-fault-tickets', AtriumFaultTickets);
