import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml, safeLinkUrl } from './render-html';

describe('markdownToSafeHtml', () => {
  it('renders CommonMark and GFM: headings, emphasis, code, tables, task lists, strikethrough', () => {
    const html = markdownToSafeHtml(
      '# Title\n\n**bold** `code` ~~gone~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong> <code>code</code> <del>gone</del>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('☑');
    expect(html).toContain('☐');
    expect(html).not.toContain('<input');
  });

  it('shows raw HTML as text, never as markup', () => {
    const html = markdownToSafeHtml('<script>alert(1)</script>\n\nHi <img src=x onerror="alert(1)"> there');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&#60;script&#62;');
  });

  it('keeps only http(s), mailto and in-page links; images become links', () => {
    const html = markdownToSafeHtml(
      '[a](javascript:alert(1)) [b](https://example.com) [c](java\tscript:x) [d](data:text/html,x) ![pic](https://example.com/p.png) <https://auto.example> www.example.org',
    );
    expect(html).not.toMatch(/javascript|data:/i);
    expect(html).toContain('<span>a</span>');
    expect(html).toContain(
      '<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">b</a>',
    );
    expect(html).toContain('>[image: pic]</a>');
    expect(html).toContain('href="https://auto.example"');
    expect(html).toContain('href="http://www.example.org"');
  });

  it('escapes code', () => {
    expect(markdownToSafeHtml('```html\n<b>x</b>\n```')).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('safeLinkUrl', () => {
  it('refuses other schemes and hidden control characters', () => {
    expect(safeLinkUrl(' https://a.b ')).toBe('https://a.b');
    expect(safeLinkUrl('#top')).toBe('#top');
    expect(safeLinkUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
    for (const bad of ['javascript:x', 'vbscript:x', 'data:x', '/relative', 'http\n://x', 'ftp://x'])
      expect(safeLinkUrl(bad)).toBeUndefined();
  });
});
