/**
 * The loader wrapper behind every collection (src/content.config.ts): entries reach Astro's store
 * as the wrapped loader made them, less the rendered body's copy of the frontmatter, and the store
 * is left for the page render.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentLoader, LIVE_STORES_KEY, withoutFrontmatterCopy } from '../../src/lib/content-loader.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const visit: Entry = {
  id: '2019-07-02-katingan-ke-banyuwangi',
  data: { title: 'Studi tiru ke Banyuwangi', date: new Date('2019-07-02') },
  digest: 'abc',
  filePath: 'content/visits/2019-07-02-katingan-ke-banyuwangi.md',
  rendered: { html: '<p>199 jenis layanan</p>', metadata: { headings: [{ depth: 2, slug: 'hasil', text: 'Hasil' }], imagePaths: [], frontmatter: { title: 'Studi tiru ke Banyuwangi' } } },
};

describe('content loader', () => {
  it('drops only the frontmatter copy, leaving the entry it was given as it was', () => {
    const stored = withoutFrontmatterCopy(visit);
    expect(stored.rendered?.metadata).toEqual({ headings: visit.rendered!.metadata!.headings, imagePaths: [] });
    expect({ ...stored, rendered: undefined }).toEqual({ ...visit, rendered: undefined });
    expect(stored.rendered?.html).toBe('<p>199 jenis layanan</p>');
    expect(visit.rendered?.metadata?.frontmatter).toEqual({ title: 'Studi tiru ke Banyuwangi' });
  });

  it('stores entries without a rendered body (MDX is rendered later) unchanged', () => {
    const mdx: Entry = { id: 'x', data: {}, deferredRender: true };
    expect(withoutFrontmatterCopy(mdx)).toBe(mdx);
  });

  it('hands the wrapped loader a store that works as the original, except set()', async () => {
    const stored: Entry[] = [];
    const deleted: string[] = [];
    const inner: Loader = {
      name: 'glob-loader',
      load: async ({ store }) => {
        expect(store.set(visit)).toBe(true);
        store.delete('old');
        expect(store.has('x')).toBe(false);
      },
    };
    const store = { set: (entry: Entry) => (stored.push(entry), true), delete: (id: string) => void deleted.push(id), has: () => false } as unknown as LoaderContext['store'];
    const lean = contentLoader(inner);
    expect(lean.name).toBe('glob-loader');
    await lean.load({ store, collection: 'visits', meta: new Map() } as unknown as LoaderContext);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.rendered?.metadata).not.toHaveProperty('frontmatter');
    expect(deleted).toEqual(['old']);
    // The store itself is left for the page render, under the collection's name.
    const shared = globalThis as Record<string, unknown>;
    expect((shared[LIVE_STORES_KEY] as Map<string, unknown>).get('visits')).toBe(store);
    delete shared[LIVE_STORES_KEY];
  });
});

describe('content loader: unchanged files are not parsed again', () => {
  const digestOf = (contents: string) => `d:${contents.length}:${contents}`;
  const file = new URL('file:///site/content/visits/2019-07-02-katingan-ke-banyuwangi.md');
  const parsed = { data: { title: 'Studi tiru ke Banyuwangi' }, body: 'Isi' };

  /** Runs the wrapped loader over one file, with `stored` in the store; returns what the file type was asked and answered. */
  async function loadOnce(contents: string, stored: Entry | undefined, idOf?: (file: string) => string) {
    const asked: string[] = [];
    const markdown = { extensions: ['.md'], getEntryInfo: ({ contents }: { contents: string }) => (asked.push(contents), parsed) };
    let answer: unknown;
    const inner: Loader = {
      name: 'glob-loader',
      load: async (context) => {
        const types = (context as unknown as { entryTypes: Map<string, typeof markdown> }).entryTypes;
        answer = await types.get('.md')!.getEntryInfo({ contents, fileUrl: file } as never);
      },
    };
    const store = { get: (id: string) => (id === stored?.id ? stored : undefined), set: () => true } as unknown as LoaderContext['store'];
    const context = { store, meta: new Map(), collection: 'visits', generateDigest: digestOf, entryTypes: new Map([['.md', markdown]]) };
    await contentLoader(inner, { idOf }).load(context as unknown as LoaderContext);
    delete (globalThis as Record<string, unknown>)[LIVE_STORES_KEY];
    return { asked, answer };
  }
  const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
  const text = '---\ntitle: Studi tiru ke Banyuwangi\n---\nIsi';

  it('skips the parse when the stored entry has the file’s digest', async () => {
    const { asked, answer } = await loadOnce(text, { ...visit, digest: digestOf(text) }, idOf);
    expect(asked).toEqual([]);
    expect(answer).toMatchObject({ data: {} });
  });

  it('parses a changed file, a new file and a stored entry without a file path', async () => {
    expect((await loadOnce(text, { ...visit, digest: digestOf('lama') }, idOf)).answer).toBe(parsed);
    expect((await loadOnce(text, undefined, idOf)).answer).toBe(parsed);
    expect((await loadOnce(text, { ...visit, filePath: undefined, digest: digestOf(text) }, idOf)).answer).toBe(parsed);
  });

  it('parses every file when the id does not follow from the path alone (no idOf)', async () => {
    const { asked, answer } = await loadOnce(text, { ...visit, digest: digestOf(text) });
    expect(asked).toEqual([text]);
    expect(answer).toBe(parsed);
  });
});

describe('content loader: Astro saves its store once, after the loaders', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as Record<string, unknown>)[LIVE_STORES_KEY];
  });

  /** Astro's MutableDataStore as far as saving goes: every set restarts a 500 ms debounce; the sync's end saves what is left. */
  function debouncedStore() {
    const saves: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    const changed = () => {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(() => save('by the debounce'), 500);
    };
    const save = (when: string) => {
      clearTimeout(timer);
      if (dirty) saves.push(when);
      dirty = false;
    };
    const meta = new Map<string, unknown>();
    return {
      saves,
      changed,
      endOfSync: () => save('end of sync'),
      context: {
        collection: 'visits',
        meta: { get: (key: string) => meta.get(key), set: (key: string, value: unknown) => (meta.set(key, value), changed()) },
        store: { set: () => (changed(), true) },
      } as unknown as LoaderContext,
    };
  }

  /** A sync as a publish runs it: Astro's own meta set, 3 s of loading, one new entry near the end. */
  async function publish(loader: Loader) {
    vi.useFakeTimers();
    const astro = debouncedStore();
    astro.changed();
    const done = loader.load(astro.context);
    await vi.advanceTimersByTimeAsync(3_000);
    await done;
    astro.endOfSync();
    return astro.saves;
  }
  const slowLoader: Loader = {
    name: 'glob-loader',
    load: async ({ store }) => {
      await new Promise((resolve) => setTimeout(resolve, 2_900));
      store.set(visit);
    },
  };

  it('holds the save while the wrapped loader runs, so a publish serialises the store once', async () => {
    expect(await publish(contentLoader(slowLoader))).toEqual(['end of sync']);
  });

  it('(the same sync with the bare loader saves twice)', async () => {
    expect(await publish(slowLoader)).toEqual(['by the debounce', 'end of sync']);
  });

  it('stops holding once the load has ended, and when it fails', async () => {
    vi.useFakeTimers();
    const astro = debouncedStore();
    await contentLoader({ name: 'x', load: async () => {} }).load(astro.context);
    const failing = contentLoader({ name: 'x', load: async () => Promise.reject(new Error('rusak')) }).load(astro.context);
    await expect(failing).rejects.toThrow('rusak');
    await vi.advanceTimersByTimeAsync(600);
    // Nothing set it again: the debounce saves once, as Astro's own would.
    expect(astro.saves).toEqual(['by the debounce']);
  });
});
