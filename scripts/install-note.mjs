// Runs after `npm install` / `npm ci` (package.json "postinstall"). On Node < 22.12 npm prints one
// "EBADENGINE Unsupported engine" warning per package that asks for Node 22 (12 on a clean `npm ci` with Node 20):
// npm compares against the Node that runs npm itself, not the Node 22 this project installs for its scripts.
// They cannot be silenced one by one, and `loglevel=error` would also hide warnings that matter (an install
// script npm blocked), so this note says what they mean right below them. Plain .mjs: it must run on any Node.
const npmNode = /\bnode\/(v(\d+)\.(\d+)\.\d+)/.exec(process.env.npm_config_user_agent ?? '');
const tooOld = (major, minor) => major < 22 || (major === 22 && minor < 12);
if (npmNode && tooOld(Number(npmNode[2]), Number(npmNode[3]))) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  console.log(
    tooOld(major, minor)
      ? `\nPerhatian: npm berjalan di Node ${npmNode[1]} dan Node 22 dari paket npm "node" tidak terpasang,\n` +
          'padahal Astro memerlukan Node 22.12 atau lebih baru. Jalankan `npm ci` sekali lagi, atau pasang Node 22.'
      : `\nCatatan: peringatan "EBADENGINE Unsupported engine" di atas wajar, bukan kegagalan. npm memeriksa versi Node\n` +
          `yang menjalankan npm (${npmNode[1]}), sedangkan skrip proyek ini (npm run dev, npm test, ...) memakai\n` +
          `Node ${process.version} yang baru saja ikut terpasang di node_modules/.bin. Pemasangan berhasil; tidak perlu tindakan apa pun.`,
  );
}
