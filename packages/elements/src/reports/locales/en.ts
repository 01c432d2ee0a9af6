import type { Messages } from '../../core/i18n.js';

export const en = {
  heading: 'Reports',
  signedOut: 'Sign in to see your reports and statements.',
  empty: 'No reports yet. A statement appears here for each completed month.',
  loading: 'Loading the reports…',
  caption: 'Reports and statements, newest first: {{unit}}',
  columns: { document: 'Document', month: 'Month', unit: 'Unit', files: 'Download' },
  kind: { statement: 'Monthly statement', agent_report: 'Agent report' },
  download: 'Download {{format}}: {{name}}',
  downloading: 'Downloading {{format}}: {{name}}',
  downloaded: 'Downloaded: {{fileName}}',
  received: '{{size}} received',
  more: 'Show more',
  moreLoading: 'Loading…',
  shown_one: '{{count}} report shown',
  shown_other: '{{count}} reports shown',
} satisfies Messages;
