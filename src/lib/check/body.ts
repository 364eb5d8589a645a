/**
 * An entry's body as the author sees it in the file: its length, what body-safety.ts refuses, and
 * headings whose id a page template already uses. Lines are counted from the top of the file.
 */
import { bodyHeadings, checkBody } from './body-safety.ts';
import { LIMITS } from './limits.ts';
import type { Problem } from './types.ts';

export function bodyProblems(file: string, body: string, bodyLine: number, pageIds: readonly RegExp[] | undefined): Problem[] {
  if (body.length > LIMITS.bodyChars) {
    return [{ file, field: 'body', message: `isi tulisan ${body.length.toLocaleString('id-ID')} karakter, melebihi batas ${LIMITS.bodyChars.toLocaleString('id-ID')}`, hint: 'ringkas isi tulisan; rincian panjang cukup ditautkan ke sumbernya' }];
  }
  // Sätteri counts lines from the body's start; the author counts from the top of the file.
  const at = (line: number | undefined) => (line === undefined ? 'body' : `body (baris ${line + bodyLine - 1})`);
  const format = file.endsWith('.mdx') ? 'mdx' : 'md';
  const problems: Problem[] = checkBody(body, format).map((p) => ({ file, field: at(p.line), message: p.message, hint: p.hint }));
  for (const heading of pageIds?.length ? bodyHeadings(body, format) : []) {
    if (!pageIds!.some((id) => id.test(heading.slug))) continue;
    problems.push({
      file,
      field: at(heading.line),
      message: `judul bagian "${heading.text}" mendapat tanda "${heading.slug}" yang sudah dipakai halaman ini`,
      hint: 'ubah judul bagian itu supaya tidak diawali nama bagian halaman (Sumber, Komitmen, Tahap, …), mis. "Berita yang dipakai" alih-alih "Sumber"',
    });
  }
  return problems;
}
