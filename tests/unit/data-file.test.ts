/** Whole-corpus data files are made one at a time, each handed over as its bytes. */
import { describe, expect, it } from 'vitest';
import { CSV_TYPE, dataFileResponse, JSON_TYPE } from '../../src/lib/data-file.ts';

describe('data file responses', () => {
  it('starts a file only after the one before it is made, and a failure fails only its own file', async () => {
    const events: string[] = [];
    const slow = dataFileResponse(JSON_TYPE, async () => {
      events.push('json start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('json end');
      return '{"judul":"Mal pelayanan publik – 199 layanan"}';
    });
    const failing = dataFileResponse(CSV_TYPE, () => {
      events.push('broken start');
      throw new Error('rusak');
    });
    const next = dataFileResponse(CSV_TYPE, () => {
      events.push('csv start');
      return 'id,judul\n';
    });
    const [json, broken, csv] = await Promise.allSettled([slow, failing, next]);
    expect(events).toEqual(['json start', 'json end', 'broken start', 'csv start']);
    expect(broken.status).toBe('rejected');
    const response = (json as PromiseFulfilledResult<Response>).value;
    expect(response.headers.get('Content-Type')).toBe(JSON_TYPE);
    expect(await response.text()).toBe('{"judul":"Mal pelayanan publik – 199 layanan"}');
    expect(await (csv as PromiseFulfilledResult<Response>).value.text()).toBe('id,judul\n');
  });
});
