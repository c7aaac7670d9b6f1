// `npm start`: build, then run the desktop app. electron@45 downloads its binary lazily on first use;
// where that cannot happen (an offline department PC, this build machine) say so in one line and point
// to the browser host, instead of the installer's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const CANNOT_START =
  '无法启动 Electron（未能获取 Electron 程序，可能处于离线环境），请改用 `npm run web` 在浏览器中运行。 / ' +
  'Electron could not be started (its binary could not be downloaded, probably offline); use `npm run web` to run in a browser instead.';

function fail(detail) {
  console.error(CANNOT_START);
  if (detail && process.env.DEBUG) console.error(detail);
  process.exit(1);
}

/** The binary's path without requiring the electron package, whose require() starts a download. */
function installedBinary(packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = readFileSync(pathFile, 'utf8');
  const binary = override ? join(override, relative) : join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

let packageDir;
try {
  packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
} catch (error) {
  fail(error);
}

/** Runs electron's own installer quietly; announces itself only if the download actually takes time. */
function runInstaller() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Offline the installer fails within a second; only a real download lives long enough to be announced.
    const announce = setTimeout(() => console.log('正在下载 Electron 程序… / Downloading the Electron binary…'), 3000);
    child.on('error', (error) => {
      clearTimeout(announce);
      resolve({ ok: false, output: String(error) });
    });
    child.on('exit', (code) => {
      clearTimeout(announce);
      resolve({ ok: code === 0, output });
    });
  });
}

let binary = installedBinary(packageDir);
if (!binary) {
  // The installer's output is kept out of sight: on failure it is a stack trace the analyst cannot use.
  const install = await runInstaller();
  binary = installedBinary(packageDir);
  if (!install.ok || !binary) fail(install.output);
}

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would start the binary as plain Node instead of the app
const app = spawn(binary, ['.'], { stdio: 'inherit', env });
app.on('error', (error) => fail(error));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
