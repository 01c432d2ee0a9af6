// The script-tag bundle: `<script type="module" src=".../atrium.js">` registers every widget.
import './define/atrium-provider.js';
import './define/atrium-login.js';

export * from './index.js';
