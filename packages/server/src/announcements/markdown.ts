import MarkdownIt, { type Env } from 'markdown-it';

// CommonMark with raw HTML shown as text, so nothing an author writes becomes markup of its
// own. Links are found in the text only with their scheme (https://…) or as e-mail addresses:
// a bare "np.pl" or a file name stays a word.
const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });

// Every link (written, autolinked, linkified, an image's address) is checked after
// markdown-it has decoded entities and escapes, so `&#106;avascript:` is seen as javascript:.
// Only absolute web, mail and phone links: a relative one would resolve against whichever
// site embeds the widget. A refused link stays as the text the author typed.
const safeLink = /^(?:https?:\/\/|mailto:|tel:)/i;
md.validateLink = (url) => safeLink.test(url);

const rel = 'noopener noreferrer nofollow';
const { escapeHtml } = md.utils;

// Links open around the token being rendered: an image inside one renders as its text.
const linkDepth = Symbol('linkDepth');
const depthIn = (env: Env | undefined) => (env?.[linkDepth] as number | undefined) ?? 0;
const moveDepth = (env: Env | undefined, by: number) => {
  if (env) env[linkDepth] = depthIn(env) + by;
};

md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  moveDepth(env, 1);
  tokens[idx]?.attrSet('rel', rel);
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.link_close = (tokens, idx, options, env, self) => {
  moveDepth(env, -1);
  return self.renderToken(tokens, idx, options);
};

// An image becomes a link to it, named by its alt text: an <img> would be fetched from
// anywhere on every reader's screen (a tracking pixel, mixed content, the embedding page's
// CSP), while a link leaves the choice to the reader and keeps what the author meant.
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const alt = self.renderInlineAsText(token?.children ?? [], options, env ?? {});
  const src = String(token?.attrGet('src') ?? '');
  if (depthIn(env) > 0 || !src) return escapeHtml(alt);
  return `<a href="${escapeHtml(src)}" rel="${rel}">${escapeHtml(alt || src)}</a>`;
};

// Table cells' alignment comes as a style attribute, which a strict CSP on the embedding
// page refuses: cells are left as the widget's styles align them.
for (const rule of ['th_open', 'td_open'] as const) {
  md.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    if (token?.attrs) token.attrs = token.attrs.filter(([name]) => name !== 'style');
    return self.renderToken(tokens, idx, options);
  };
}

/**
 * The number of the rules above. Raise it with any change to them: HTML stored by older rules
 * is then rendered again whenever it is read, so a fix covers what was written before it.
 */
export const markdownRules = 1;

/**
 * An announcement's Markdown as HTML safe to insert as it is: no raw HTML, scripts, styles or
 * event handlers, and links only to http(s), mailto and tel addresses, marked nofollow.
 */
export function renderMarkdown(body: string): string {
  return md.render(body, {});
}
