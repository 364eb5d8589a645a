/** How a built page's card declaration is read: a real HTML parse, validated where it is read. */
import { describe, expect, it } from 'vitest';
import { readPageCard } from '../../src/cards/page-card.ts';
import { cardSpecJson, type CardSpec } from '../../src/cards/spec.ts';

const spec: CardSpec = { kind: 'daerah', title: 'Kabupaten Katingan', facts: [{ label: 'Desa', value: 154 }] };
const script = (json: string, attributes = 'type="application/json" id="lintas-card"') => `<script ${attributes}>${json}</script>`;
const page = (head: string, body = '') => `<!doctype html><html lang="id"><head>${head}</head><body>${body}</body></html>`;

describe('readPageCard', () => {
  it('reads attributes however they are quoted, with entities decoded', () => {
    const html = page(
      `<META PROPERTY=og:image CONTENT='https://lintas.example.id/kartu/daerah/a&amp;b%20c.png'>${script(cardSpecJson(spec), "type=application/json ID=lintas-card")}`,
    );
    expect(readPageCard(html, '/daerah/a/')).toEqual({ page: '/daerah/a/', image: '/kartu/daerah/a&b c.png', spec, problems: [] });
  });

  it('keeps script text raw: a title with </script> and & round-trips, entities in it are not decoded', () => {
    const tricky: CardSpec = { kind: 'beranda', title: 'a </script><script>alert(1)</script> &amp; b' };
    const card = readPageCard(page(`<meta property="og:image" content="/kartu/beranda.png">${script(cardSpecJson(tricky))}`), '/');
    expect(card.problems).toEqual([]);
    expect(card.spec).toEqual(tricky);
  });

  it('ignores declarations inside comments and other elements’ text', () => {
    const html = page(
      `<!-- <meta property="og:image" content="/lama.png"> ${script('{"kind":"lama"}')} -->` +
        `<title>&lt;script id="lintas-card"&gt;{}&lt;/script&gt;</title>` +
        `<meta property="og:image" content="/kartu/a.png">${script(cardSpecJson(spec))}`,
    );
    expect(readPageCard(html, '/a/')).toMatchObject({ image: '/kartu/a.png', spec, problems: [] });
  });

  it('reads the head only: a spec or og:image in the body is not a declaration', () => {
    const inBody = page('', `<meta property="og:image" content="/kartu/a.png">${script(cardSpecJson(spec))}`);
    expect(readPageCard(inBody, '/a/')).toEqual({ page: '/a/', image: null, spec: null, problems: [] });
    // Without </head>, <body> still ends the head.
    const unclosed = `<html><head><meta property="og:image" content="/kartu/a.png"><body>${script(cardSpecJson(spec))}`;
    expect(readPageCard(unclosed, '/a/')).toMatchObject({ image: '/kartu/a.png', spec: null });
    // A fragment with neither is read whole.
    expect(readPageCard(`<p>x</p>${script(cardSpecJson(spec))}`, '/a/').spec).toEqual(spec);
  });

  it('takes the first og:image; name="og:image" counts too', () => {
    const html = page(`<meta name="og:image" content="/kartu/satu.png"><meta property="og:image" content="/kartu/dua.png">`);
    expect(readPageCard(html, '/a/').image).toBe('/kartu/satu.png');
  });

  it('names the page’s problems: two specs, bad JSON, an invalid field', () => {
    const twice = readPageCard(page(script(cardSpecJson(spec)) + script(cardSpecJson(spec))), '/a/');
    expect(twice.problems).toEqual(['ada 2 elemen #lintas-card; harus satu']);
    expect(readPageCard(page(script('{kind:')), '/a/').problems[0]).toMatch(/^spec kartu bukan JSON: /);
    const invalid = readPageCard(page(script('{"kind":"daerah","title":"K","facts":[{"label":"Desa","value":true}]}')), '/a/');
    expect(invalid).toMatchObject({ spec: null, problems: ['spec kartu tidak sah: facts[0].value: harus teks tidak kosong atau angka'] });
  });

  it('reports an og:image that is not a URL', () => {
    expect(readPageCard(page('<meta property="og:image" content="/kartu/%E0%A4%A.png">'), '/a/').problems).toEqual([
      'og:image tidak sah: /kartu/%E0%A4%A.png',
    ]);
  });
});
