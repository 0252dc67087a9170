// The description sanitizer (src/lib/sanitize-html.ts): what an organizer's HTML may keep.
import { sanitizeRichText } from '@/lib/sanitize-html';
import { looksLikeHtml } from '@/components/ui/rich-text';

/** The sanitized HTML parsed back, to ask about elements and attributes rather than text. */
function parsed(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = sanitizeRichText(html);
  return holder;
}

describe('the rich-text sanitizer', () => {
  it('keeps paragraphs, line breaks, emphasis, lists, headings and quotes', () => {
    const html =
      '<h2>Programme</h2><p>Day <strong>one</strong> and <em>two</em><br>with <b>b</b>, <i>i</i>, <u>u</u>, <s>s</s></p>' +
      '<ul><li>Talks</li></ul><ol><li>Lunch</li></ol><h3>More</h3><h4>Even more</h4><blockquote>Quote</blockquote>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('removes a script with its content', () => {
    const out = parsed('<p>Hi</p><script>window.hacked = true</script>');
    expect(out.querySelector('script')).toBeNull();
    expect(out.textContent).toBe('Hi');
  });

  it('removes an image with an onerror handler', () => {
    const out = parsed('<p>Look<img src="x" onerror="window.hacked = true"></p>');
    expect(out.querySelector('img')).toBeNull();
    expect(out.innerHTML).not.toContain('onerror');
  });

  it('removes an iframe with its content', () => {
    const out = parsed('<iframe src="https://evil.test">inner</iframe><p>After</p>');
    expect(out.querySelector('iframe')).toBeNull();
    expect(out.textContent).toBe('After');
  });

  it('removes style attributes and style elements', () => {
    const out = parsed(
      '<style>body { display: none }</style><p style="position:fixed;inset:0">Text</p>',
    );
    expect(out.querySelector('style')).toBeNull();
    expect(out.querySelector('[style]')).toBeNull();
    expect(out.textContent).toBe('Text');
  });

  it('takes the href off javascript: and data: links but keeps their text', () => {
    const out = parsed(
      '<a href="javascript:alert(1)">one</a> <a href=" JaVaScRiPt:alert(1)">two</a> ' +
        '<a href="data:text/html,<script>alert(1)</script>">three</a> <a href="vbscript:x">four</a>',
    );
    for (const link of out.querySelectorAll('a')) expect(link).not.toHaveAttribute('href');
    expect(out.textContent).toBe('one two three four');
  });

  it('keeps http, https and mailto links and opens them safely in a new tab', () => {
    const out = parsed(
      '<a href="https://example.test/a" onclick="x()" class="c">site</a>' +
        '<a href="http://example.test">old</a><a href="mailto:team@example.test">mail</a>',
    );
    const links = [...out.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.test/a',
      'http://example.test',
      'mailto:team@example.test',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).not.toHaveAttribute('onclick');
      expect(link).not.toHaveAttribute('class');
    }
  });

  it('unwraps tags outside the list to their text', () => {
    const out = parsed(
      '<div><span class="x">Inside</span> <h1>Big</h1> <table><tr><td>cell</td></tr></table></div>',
    );
    expect(out.querySelector('div, span, h1, table')).toBeNull();
    expect(out.textContent).toContain('Inside');
    expect(out.textContent).toContain('Big');
  });

  it('drops forms, buttons and SVG', () => {
    const out = parsed(
      '<form action="https://evil.test"><input name="card"><button>Pay</button></form><svg><script>x</script></svg>',
    );
    expect(out.querySelector('form, input, button, svg, script')).toBeNull();
  });
});

describe('telling rich text from plain text', () => {
  it('treats text with tags as HTML', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('Line<br/>two')).toBe(true);
  });

  it('treats a lone angle bracket as plain text', () => {
    expect(looksLikeHtml('Prices < $20 and 3 > 2')).toBe(false);
    expect(looksLikeHtml('Plain words')).toBe(false);
  });
});
