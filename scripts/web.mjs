// `npm run web`: the browser host. Builds the renderer and serves it on a fixed localhost port, because
// IndexedDB belongs to an origin and a different port would look like lost data.
import { spawnSync, spawn } from 'node:child_process';

const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log('舆情工作台已启动：请在浏览器中打开 http://127.0.0.1:47800/ （按 Ctrl+C 停止）');
const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
