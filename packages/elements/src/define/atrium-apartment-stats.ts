import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumApartmentStats } from '../apartment-stats/atrium-apartment-stats.js';

ensureContextRoot();
defineElement('atrium-apartment-stats', AtriumApartmentStats);
