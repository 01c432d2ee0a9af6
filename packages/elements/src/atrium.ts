// The script-tag bundle: `<script type="module" src=".../atrium.js">` registers every widget.
import './define/atrium-provider.js';
import './define/atrium-login.js';
import './define/atrium-apartment-stats.js';
import './define/atrium-reports.js';

export * from './index.js';
