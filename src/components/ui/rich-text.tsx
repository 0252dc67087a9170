// Text an organizer wrote, which may be rich text (HTML from Open Event's editor) or plain text.
// Plain text is shown as it is (line breaks kept). HTML is shown only through the sanitizer in
// src/lib/sanitize-html.ts, a chunk of its own that the event page's route loader starts
// downloading early (src/app/router.tsx); until it arrives the words are shown without their
// markup, so nothing waits on it and nothing unsafe is ever rendered.
import { lazy, Suspense, useMemo } from 'react';

/** A tag-like `<p>`, `</p>`, `<br/>` or `<!--`: plain text with a lone "<" stays plain. */
const MARKUP = /<(?:[a-z][a-z0-9]*\b[^>]*|\/[a-z][a-z0-9]*\s*|!--)>/i;

export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text);
}

const SanitizedHtml = lazy(async () => {
  const { sanitizeRichText } = await import('@/lib/sanitize-html');
  function Html({ html, className }: { html: string; className: string }) {
    // The one place the app renders HTML it did not write: sanitizeRichText keeps only the
    // allow-list (paragraphs, emphasis, lists, headings, quotes, http(s)/mailto links).
    const clean = useMemo(() => sanitizeRichText(html), [html]);
    return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
  }
  return { default: Html };
});

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * The words of an HTML text for the moment before the sanitizer arrives: tags (and what scripts
 * and styles hold) dropped by pattern, the common entities decoded. Shown as React text, so it
 * cannot run anything; not parsed as HTML, so the page's policy sees no inline handler either.
 */
function wordsOf(html: string): string {
  return html
    .replace(/<(script|style|template|iframe|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function RichText({ text, className = 'rich-text' }: { text: string; className?: string }) {
  if (!looksLikeHtml(text)) {
    return (
      <div className={className}>
        <p className="rich-text-plain">{text}</p>
      </div>
    );
  }
  return (
    <Suspense
      fallback={
        <div className={className}>
          <p>{wordsOf(text)}</p>
        </div>
      }
    >
      <SanitizedHtml html={text} className={className} />
    </Suspense>
  );
}
