import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/body-safety.ts';

const messages = (body: string, format: 'md' | 'mdx' = 'md') => checkBody(body, format).map((p) => p.message);

describe('what a body may contain', () => {
  it('accepts plain Markdown with headings, lists, emphasis and safe links', () => {
    expect(checkBody('# Judul\n\n- satu\n- **dua**\n\n[berita](https://example.org) dan [halaman](/inovasi/x/) dan [surel](mailto:a@b.id)', 'md')).toEqual([]);
  });

  it('rejects raw HTML in Markdown, naming the tag and the line', () => {
    const problems = checkBody('Paragraf.\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">', 'md');
    expect(problems.map((p) => p.line)).toContain(3);
    expect(problems.some((p) => p.message.includes('<script>'))).toBe(true);
    expect(problems.some((p) => p.message.includes('onerror'))).toBe(true);
  });

  it('rejects javascript: and data: addresses in links, images and references', () => {
    const found = messages('[klik](javascript:alert(1))\n\n![x](data:image/png;base64,AAAA)\n\n[ref]: JavaScript:alert(2)\n\n[r][ref]');
    expect(found.filter((m) => m.startsWith('alamat tidak aman'))).toHaveLength(3);
  });

  it('rejects import/export, expressions and components outside the allow-list in MDX', () => {
    const found = messages('import X from "x"\n\n# Hai {1+1}\n\n<Foo />\n\n<script>alert(1)</script>', 'mdx');
    expect(found.some((m) => m.startsWith('import/export'))).toBe(true);
    expect(found.some((m) => m.startsWith('ekspresi'))).toBe(true);
    expect(found.some((m) => m.includes('<Foo>'))).toBe(true);
    expect(found.some((m) => m.includes('<script>'))).toBe(true);
  });

  it('accepts the allowed component with text attributes only', () => {
    expect(checkBody('<Catatan>Sumber menulis X; yang dimaksud Y.</Catatan>', 'mdx')).toEqual([]);
    expect(messages('<Catatan data={1}>x</Catatan>', 'mdx')[0]).toContain('hanya boleh berupa teks');
  });
});
