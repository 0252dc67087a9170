// Organizers write event descriptions as rich text (Open Event's editor stores HTML), and a
// description reaches every buyer: it is shown only after DOMPurify has kept a short list of
// harmless tags. Loaded on demand by src/components/ui/rich-text.tsx, so the sanitizer costs
// nothing on pages, or descriptions, without markup.
import DOMPurify from 'dompurify';

/** The tags a description may keep: text structure only; no images, media, frames or forms. */
export const RICH_TEXT_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'a',
] as const;

/** Link targets a buyer may follow from a description. */
const SAFE_LINK = /^(https?:|mailto:)/i;

const purifier = DOMPurify();

// Links: only http(s) and mailto, opened in a new tab that cannot reach back to this page
// (noopener), is not told where it came from (noreferrer) and earns no ranking (nofollow).
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = node.getAttribute('href')?.trim() ?? '';
  if (!SAFE_LINK.test(href)) {
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer nofollow');
});

/**
 * The description's HTML with everything outside the allow-list removed: scripts, styles and
 * frames with their content, other tags unwrapped to their text, every attribute but `href`.
 */
export function sanitizeRichText(html: string): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS: [...RICH_TEXT_TAGS],
    ALLOWED_ATTR: ['href'],
    // The hook above checks the scheme; this keeps DOMPurify from passing anything else through.
    ALLOWED_URI_REGEXP: SAFE_LINK,
    // DOMPurify already drops script, style, iframe, svg, template... with their content.
    ADD_FORBID_CONTENTS: ['object', 'embed', 'select', 'textarea', 'button'],
    KEEP_CONTENT: true,
  });
}
