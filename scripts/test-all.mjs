// `npm test`: every check CI runs, in order, stopping at the first failure so its output is the last
// thing on screen. Set ONLY=unit (comma-separated step names) to run part of it.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['renderer', 'npx', ['vitest', 'run', '--project', 'renderer']],
  ['server', 'npx', ['vitest', 'run', '--project', 'server']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['security', 'npm', ['run', '--silent', 'lint:security']],
  ['e2e', 'npx', ['playwright', 'test']],
];

const only = process.env.ONLY?.split(',').map((name) => name.trim());
for (const [name, command, args] of steps) {
  if (only && !only.includes(name)) continue;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
