// Text an organizer wrote, which may be rich text (HTML from Open Event's editor) or plain text.
// Plain text is shown as it is (line breaks kept). HTML is shown only through the sanitizer in
// src/lib/sanitize-html.ts, which is downloaded on first need: until it arrives the words are
// shown without their markup, so nothing waits on it and nothing unsafe is ever rendered.
import { lazy, Suspense } from 'react';

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
    return (
      <div className={className} dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }} />
    );
  }
  return { default: Html };
});

/** The words of an HTML text, read by an inert parser (no scripts run, no images load). */
function wordsOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.body.querySelectorAll('script, style, template, iframe, noscript')) {
    node.remove();
  }
  return doc.body.textContent.replace(/\s+/g, ' ').trim();
}

export function RichText({ text, className = 'rich-text' }: { text: string; className?: string }) {
  if (!looksLikeHtml(text)) {
    return (
      <div className={className}>
        <p className="plain-text">{text}</p>
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
