/**
 * `npm run cms`: local editing in one command. Starts decap-server (Decap's local backend, which
 * writes straight into content/ of this folder) and the Astro dev server, which serves the form at
 * /admin/. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = process.env.LINTAS_CMS_PORT ?? '8081';
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

const children: ChildProcess[] = [
  // Loopback only: the local backend can write any file in this folder.
  spawn(bin('decap-server'), [], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: port, BIND_HOST: '127.0.0.1', MODE: 'fs' } }),
  spawn(bin('astro'), ['dev', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit', env: { ...process.env, LINTAS_CMS_PORT: port } }),
];

console.log('\nFormulir penulis: buka http://localhost:4321/admin/ lalu klik "Masuk". Tekan Ctrl+C untuk berhenti.\n');

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
