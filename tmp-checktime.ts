import { rmSync } from 'node:fs';
import { checkProject } from './src/lib/check/index.ts';
const root = '/tmp/prof';
const store = '/tmp/prof-findings.bin';
rmSync(store, { force: true });
for (const label of ['no store', 'first (fills the store)', 'second (reuses)', 'third (reuses)']) {
  const t = performance.now();
  const r = await checkProject(root, `${root}/content`, label === 'no store' ? undefined : store);
  console.log(label, ((performance.now() - t) / 1000).toFixed(2), 's', r.problems.length, 'problems');
}
