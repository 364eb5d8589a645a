import { describe, expect, it } from 'vitest';
import { allowedComponent, checkBody, safeBodyUrl, svgProblems } from '../../src/lib/check/body-safety.ts';

const messages = (body: string, format: 'md' | 'mdx' = 'md') => checkBody(body, format).map((p) => p.message);

describe('what a body may contain', () => {
  it('accepts plain Markdown with headings, lists, emphasis and safe links', () => {
    expect(checkBody('## Judul\n\n- satu\n- **dua**\n\n[berita](https://example.org) dan [halaman](/inovasi/x/) dan [surel](mailto:a@b.id)', 'md')).toEqual([]);
  });

  it('rejects raw HTML in Markdown, naming the tag and the line', () => {
    const problems = checkBody('Paragraf.\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">', 'md');
    expect(problems.map((p) => p.line)).toContain(3);
    expect(problems.some((p) => p.message.includes('<script>'))).toBe(true);
    expect(problems.some((p) => p.message.includes('onerror'))).toBe(true);
  });

  it('rejects javascript: and data: addresses in links, images and references', () => {
    const found = messages('[klik](javascript:alert(1))\n\n![x](data:image/png;base64,AAAA)\n\n[ref]: JavaScript:alert(2)\n\n[r][ref]');
    expect(found.filter((m) => /^alamat (gambar )?tidak aman/.test(m))).toHaveLength(3);
  });

  it('reads a link address as a browser does: tabs, case and leading spaces do not hide a scheme', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'vbscript:x', 'file:///etc/passwd', 'data:text/html,x']) {
      expect(safeBodyUrl(url, 'link'), JSON.stringify(url)).toBe(false);
    }
    for (const url of ['https://example.org', 'http://example.org/a', '/inovasi/x/', './foto.jpg', '#bagian', 'mailto:a@b.id', 'tel:+62123']) {
      expect(safeBodyUrl(url, 'link'), url).toBe(true);
    }
    expect(safeBodyUrl('mailto:a@b.id', 'image')).toBe(false);
    expect(messages('[x](<java\tscript:alert(1)>)')).toEqual([expect.stringMatching(/^alamat tidak aman/)]);
  });

  it('rejects links and headings without words, which html-validate and screen readers refuse', () => {
    expect(messages('[](https://example.org)\n\n##\n\nTeks.')).toEqual([expect.stringContaining('tautan tanpa teks'), 'judul bagian kosong']);
    expect(checkBody('[![Foto](https://example.org/a.png)](https://example.org)\n\n## `kode` judul', 'md')).toEqual([]);
  });

  it('keeps body headings in the page outline: no #, start at ##, never skip a level', () => {
    expect(checkBody('## Bagian\n\n### Sub\n\n## Bagian lain\n\n### Sub\n\n#### Rincian', 'md')).toEqual([]);
    expect(messages('# Judul kedua')).toEqual(['judul # (tingkat 1) dipakai judul halaman']);
    expect(messages('### Terlalu dalam')).toEqual(['judul bagian melompat dari # ke ###']);
    expect(messages('## Bagian\n\n#### Lompat')).toEqual(['judul bagian melompat dari ## ke ####']);
  });

  it('rejects import/export, expressions and components outside the allow-list in MDX', () => {
    const found = messages('import X from "x"\n\n# Hai {1+1}\n\n<Foo />\n\n<script>alert(1)</script>', 'mdx');
    expect(found.some((m) => m.startsWith('import/export'))).toBe(true);
    expect(found.some((m) => m.startsWith('ekspresi'))).toBe(true);
    expect(found.some((m) => m.includes('<Foo>'))).toBe(true);
    expect(found.some((m) => m.includes('<script>'))).toBe(true);
  });

  it('accepts the allowed component as declared: Catatan with text inside and no attributes', () => {
    expect(checkBody('<Catatan>Sumber menulis X; yang dimaksud Y.</Catatan>', 'mdx')).toEqual([]);
    expect(messages('<Catatan data={1}>x</Catatan>', 'mdx')).toEqual(['atribut "data" tidak dikenal pada <Catatan>']);
  });

  it('rejects every Astro directive, event handler, style and spread on an allowed component', () => {
    const attributes = [
      `set:html="<meta http-equiv=refresh content='3;url=https://evil.example/'>"`,
      'set:text="x"',
      'is:raw',
      'is:inline',
      'class:list="a"',
      'client:load',
      'server:defer',
      'define:vars="x"',
      'onclick="alert(1)"',
      'onMouseOver="alert(1)"',
      'style="position:fixed"',
      '{...props}',
    ];
    for (const attribute of attributes) {
      const problems = checkBody(`Teks.\n\n<Catatan ${attribute}>x</Catatan>`, 'mdx');
      expect(problems, attribute).toHaveLength(1);
      expect(problems[0]!.line).toBe(3);
      expect(problems[0]!.hint).toContain('Catatan');
    }
  });

  it('looks components up as own names: inherited names like toString or constructor are not components', () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(allowedComponent(name), name).toBeUndefined();
      expect(messages(`<${name} onmouseover="alert(1)">x</${name}>`, 'mdx'), name).toContain(`komponen <${name}> tidak diizinkan`);
    }
  });

  it('names the line and says in Indonesian what is unbalanced when MDX cannot be parsed', () => {
    const [problem] = checkBody('Satu.\n\nDua.\n\n<Catatan>x\n', 'mdx');
    expect(problem).toMatchObject({ message: 'tag <Catatan> tidak ditutup', hint: expect.stringContaining('</Catatan>') });
    expect(problem!.line).toBeGreaterThanOrEqual(5);
  });
});

describe('an SVG may be published only if it is an inert drawing', () => {
  const svg = (inner: string, attrs = 'width="10" height="10"') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${inner}</svg>`;

  it('accepts shapes, text, gradients and internal references', () => {
    expect(svgProblems(svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><use href="#g"/><text>Desa: 154</text>'))).toEqual([]);
  });

  it.each([
    ['script', '<script>alert(1)</script>', '<script>'],
    ['namespaced script', '<svg:script>alert(1)</svg:script>', '<script>'],
    ['event handler', '<rect onload="alert(1)"/>', 'penangan peristiwa'],
    ['foreignObject', '<foreignObject><iframe src="https://x"/></foreignObject>', 'foreignObject'],
    ['external image', '<image href="https://evil.example/x.png"/>', 'merujuk ke luar'],
    ['xlink to javascript', '<a xlink:href="javascript:alert(1)"><text>x</text></a>', 'javascript:'],
    ['javascript hidden in a character reference', '<a href="&#106;avascript:alert(1)"><text>x</text></a>', 'javascript:'],
    ['data: image', '<image href="data:image/svg+xml;base64,AAAA"/>', 'merujuk ke luar'],
    ['external stylesheet', '<style>@import url(https://evil.example/x.css);</style>', 'merujuk ke luar'],
    ['entity declaration', '<!DOCTYPE svg [<!ENTITY x "y">]>', 'ENTITY'],
    ['animated link', '<a href="#a"><set attributeName="href" to="#b"/></a>', 'animasi'],
  ])('refuses %s, with a hint', (_name, inner, message) => {
    const problems = svgProblems(svg(inner));
    expect(problems.map((p) => p.message).join(' | ')).toContain(message);
    for (const p of problems) expect(p.hint).toContain('PNG');
  });
});
