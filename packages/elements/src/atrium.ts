// The script-tag bundle: `<script type="module" src=".../atrium.js">` registers every widget.
import './define/atrium-provider.js';
import './define/atrium-login.js';
import './define/atrium-apartment-stats.js';
import './define/atrium-reports.js';
import './define/atrium-meter-readings.js';
import './define/atrium-fault-tickets.js';
import './define/atrium-voting.js';
import './define/atrium-payments.js';
import './define/atrium-announcements.js';
import './define/atrium-profile.js';
import './define/atrium-registration.js';

export * from './index.js';
