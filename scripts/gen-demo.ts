// `npx tsx scripts/gen-demo.ts`: writes resources/demo/demo-workspace.json, the workspace a new user can
// load at first run. Everything in it is invented for the project: a fictional prefecture (青川盟) with its
// banners and districts, fictional units, people, accounts and posts, and URLs under the reserved
// `.example` domain so no link can point at a real post. The output is fixed by the seed: running the
// script again gives the same file byte for byte, so the committed resource can be checked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ItemKind } from '../shared/domain/types';
import { buildDemoWorkspace } from './demo/workspace';

const COMMITTED = resolve(dirname(new URL(import.meta.url).pathname), '../resources/demo/demo-workspace.json');
/** `npx tsx scripts/gen-demo.ts [output.json]`: another path lets a test compare a fresh run with the committed file. */
const OUTPUT = process.argv[2] ? resolve(process.argv[2]) : COMMITTED;

const snapshot = buildDemoWorkspace();
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${JSON.stringify(snapshot, null, 1)}\n`);
const { items } = snapshot;
const byKind = (kind: ItemKind) => items.filter((item) => item.kind === kind).length;
process.stdout.write(
  `已生成演示工作区：${items.length} 条条目（社会 ${byKind('social')}，网络 ${byKind('online')}），` +
    `${snapshot.units.length} 个单位，${snapshot.reporters.length} 名信息员，${snapshot.spreadEdges.length} 条传播关系 → ${OUTPUT}\n`,
);
