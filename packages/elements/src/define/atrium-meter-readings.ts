import { defineElement } from '../core/define.js';
import { ensureContextRoot } from '../core/context.js';
import { AtriumMeterReadings } from '../meter-readings/atrium-meter-readings.js';

ensureContextRoot();
defineElement('atrium-meter-readings', AtriumMeterReadings);
