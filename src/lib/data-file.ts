/**
 * Responses for the whole-corpus download files (/data/*.json, /data/*.csv). At national scale
 * /data/inovasi.json alone is 94 MB; with four pages in flight Astro rendered four such files at
 * once, and their text and bytes together were the build's memory peak (docs/benchmarks.md). So
 * they are made one at a time, and each is handed over as bytes, its text already let go.
 */
export const JSON_TYPE = 'application/json';
export const CSV_TYPE = 'text/csv; charset=utf-8';

let previous: Promise<unknown> = Promise.resolve();

/** `make` runs after every earlier data file has been made; a failure fails only its own page. */
export function dataFileResponse(type: string, make: () => string | Promise<string>): Promise<Response> {
  const made = previous.then(async () => new TextEncoder().encode(await make()));
  previous = made.catch(() => undefined);
  return made.then((bytes) => new Response(bytes, { headers: { 'Content-Type': type } }));
}
