// Throws random payloads at every channel through the real handle() wrapper. Each must either be
// rejected with an Error before reaching the handler, or be valid by the contract; nothing may escape
// as an uncaught exception. The seed is fixed so a failure replays exactly.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-url';
import { resolveInside } from '../../../electron/main/files';
import { registerHandlers } from '../../../electron/main/ipc';
import { IPC, IPC_METHODS, ipcContract, type IpcChannel } from '../../../shared/ipc';
import { MENU_COMMAND_IDS, MENU_LABEL_IDS } from '../../../shared/commands/menu';
import { APP_LOCATION, FakeIpcMain, invokeEvent, recordingHandlers } from './fakes';
import { mulberry32 } from '../../../shared/random';

const SEED = 0x5eed_2020;
const PAYLOADS = 500;

class Fuzzer {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = mulberry32(seed);
  }

  int(below: number): number {
    return Math.floor(this.random() * below);
  }

  pick<T>(options: readonly T[]): T {
    return options[this.int(options.length)] as T;
  }

  string(): string {
    const shape = this.int(10);
    if (shape === 0) return 'x'.repeat(1 + this.int(2 ** 21)); // up to 2 M characters
    if (shape === 1) return this.pick(['', '.', '..', '/', '\\', '\0', 'C:\\Windows', '__proto__', 'constructor', '%00', '﻿']);
    if (shape === 2) return this.pick(['https://www.gov.cn/', 'http://localhost/', 'javascript:alert(1)', 'file:///etc/passwd', 'data:,x']);
    if (shape === 3) return this.relativePath();
    const alphabet = ['a', 'Z', '0', '舆', '情', '𠮷', '/', '\\', '.', '\0', ' ', '\n', '%', '"', '\u202e', '\ud800'];
    let text = '';
    for (let i = this.int(40); i > 0; i -= 1) text += this.pick(alphabet);
    return text;
  }

  relativePath(): string {
    const safe = ['报告', 'a.txt', 'charts', ' ', '简报包.xlsx'];
    const parts = this.random() < 0.5 ? safe : [...safe, '..', '.', '', 'C:', 'b\0c', '\\x'];
    const count = 1 + this.int(4);
    const path = Array.from({ length: count }, () => this.pick(parts)).join('/');
    return this.int(8) === 0 ? `/${path}` : path;
  }

  bytes(): ArrayBufferView | ArrayBuffer {
    const length = this.int(64);
    switch (this.int(7)) {
      case 0:
        return new Int8Array(length);
      case 1:
        return new Float64Array(length);
      case 2:
        return new Uint16Array(length);
      case 3:
        return new ArrayBuffer(length);
      case 4:
        return new DataView(new ArrayBuffer(length));
      case 5:
        return new Uint8ClampedArray(length);
      default:
        return new Uint8Array(length).map(() => this.int(256));
    }
  }

  /** An object that carries a real own `__proto__` key, as JSON.parse or structured clone can deliver. */
  protoPolluting(): unknown {
    return JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "multiple": ${this.random() < 0.5}}`,
    );
  }

  value(depth = 0): unknown {
    const kinds = depth > 3 ? 8 : 12;
    switch (this.int(kinds)) {
      case 0:
        return this.string();
      case 1:
        return this.pick([0, -0, 1, -1, NaN, Infinity, -Infinity, 2 ** 53 + 1, 1e308, 0.1]);
      case 2:
        return this.random() < 0.5;
      case 3:
        return this.pick([null, undefined]);
      case 4:
        return this.bytes();
      case 5:
        return this.pick([10n ** 30n, new Date(NaN), new Date(0), /x/g, new Map([['a', 1]]), new Set([1]), new Error('x')]);
      case 6:
        return this.protoPolluting();
      case 7:
        return this.plausible();
      case 8:
        return Array.from({ length: this.int(5) }, () => this.value(depth + 1));
      case 9: {
        const record: Record<string, unknown> = {};
        for (let i = this.int(6); i > 0; i -= 1)
          record[this.pick(['name', 'bytes', 'path', 'files', 'html', 'suggestedName', 'multiple', 'filters', this.string()])] = this.value(
            depth + 1,
          );
        return record;
      }
      case 10: {
        let nested: unknown = this.value(depth + 1);
        for (let i = this.int(200); i > 0; i -= 1) nested = { nested };
        return nested;
      }
      default:
        return Array.from({ length: this.int(3) }, () => this.plausible());
    }
  }

  /** Payloads shaped like real ones, with random parts: they reach the validation of each field. */
  plausible(): unknown {
    switch (this.int(9)) {
      case 0:
        return {
          multiple: this.random() < 0.5,
          filters:
            this.random() < 0.5 ? [] : [{ name: this.string(), extensions: [this.pick(['xlsx', 'csv', '*', '../', 'x'.repeat(11)])] }],
        };
      case 1:
        return {
          suggestedName: this.random() < 0.7 ? '日报.xlsx' : this.string(),
          bytes: this.random() < 0.7 ? new Uint8Array(this.int(16)) : this.bytes(),
        };
      case 2:
        return {
          suggestedName: this.random() < 0.7 ? '简报包 2020-02-03' : this.string(),
          files: Array.from({ length: this.int(4) }, () => ({
            path: this.relativePath(),
            bytes: this.random() < 0.7 ? new Uint8Array(this.int(16)) : this.bytes(),
          })),
        };
      case 3:
        return { html: this.pick(['<h1>日报告</h1>', this.string()]) };
      case 4:
        return this.pick(['https://www.gov.cn/', this.string()]);
      case 5:
        return {
          day: this.pick(['2026-03-02', '2026-3-2', '../../2026-03-02', this.string()]),
          bytes: this.random() < 0.7 ? new Uint8Array(this.int(16)) : this.bytes(),
        };
      case 6:
        return this.pick([14, 1, 365, 0, 366, 2.5, -1, NaN]);
      case 7: {
        const word = () => (this.random() < 0.8 ? '文件' : this.string());
        const menu = Object.fromEntries(MENU_LABEL_IDS.filter(() => this.random() < 0.97).map((id) => [id, word()]));
        const ids = this.random() < 0.8 ? MENU_COMMAND_IDS : [...MENU_COMMAND_IDS, 'items.next'];
        return { menu, commands: Object.fromEntries(ids.filter(() => this.random() < 0.5).map((id) => [id, word()])) };
      }
      default:
        return this.pick(['网信办日报.xlsx', this.string()]);
    }
  }

  args(): unknown[] {
    if (this.int(3) === 0) return [this.plausible()];
    if (this.int(8) === 0) return [this.random() < 0.7 ? '坏文件.csv' : this.string(), this.string()];
    return Array.from({ length: this.int(4) }, () => this.value());
  }
}

describe('every IPC channel under random payloads', () => {
  const uncaught: unknown[] = [];
  const record = (error: unknown): void => {
    uncaught.push(error);
  };
  beforeEach(() => {
    uncaught.length = 0;
    process.on('uncaughtException', record);
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
  });

  it(`rejects invalid payloads with an Error and passes only valid ones (${PAYLOADS} payloads × every channel)`, async () => {
    const ipcMain = new FakeIpcMain();
    const { handlers, calls } = recordingHandlers();
    registerHandlers({ ipcMain, isAppUrl: (url) => isAppUrl(APP_LOCATION, url) }, handlers);
    const fuzzer = new Fuzzer(SEED);

    const outcomes = { accepted: 0, rejected: 0 };
    const acceptedOn = new Set<IpcChannel>();
    const packRoot = join(tmpdir(), 'opinion-desk-fuzz-root');

    for (let n = 0; n < PAYLOADS; n += 1) {
      const args = fuzzer.args();
      for (const method of IPC_METHODS) {
        const channel = IPC[method];
        const callsBefore = calls.length;
        const valid = v.safeParse(ipcContract[method].args, args).success;
        let outcome: { ok: true } | { ok: false; error: unknown };
        try {
          await ipcMain.listener(channel)(invokeEvent(), ...args);
          outcome = { ok: true };
        } catch (error) {
          outcome = { ok: false, error };
        }
        const where = `payload ${n} on ${channel}`;
        if (outcome.ok) {
          expect(valid, where).toBe(true);
          expect(calls.length, where).toBe(callsBefore + 1);
          outcomes.accepted += 1;
          acceptedOn.add(channel);
          if (channel === IPC.saveFolder) {
            // Whatever the schema lets through, the Node-side check must agree stays inside the folder.
            const [{ files }] = calls.at(-1)?.args as [{ files: { path: string }[] }];
            for (const file of files) expect(resolveInside(packRoot, file.path).startsWith(packRoot), where).toBe(true);
          }
        } else {
          expect(outcome.error, where).toBeInstanceOf(Error);
          expect(valid, where).toBe(false);
          expect(calls.length, where).toBe(callsBefore);
          outcomes.rejected += 1;
        }
      }
    }
    expect(uncaught).toEqual([]);
    // The generator must reach both sides of validation on every channel, or the test proves nothing.
    expect(new Set(acceptedOn)).toEqual(new Set(Object.values(IPC)));
    expect(outcomes.rejected).toBeGreaterThan(PAYLOADS);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an HTML report over the size limit and a foreign frame for every channel', async () => {
    const ipcMain = new FakeIpcMain();
    const { handlers, calls } = recordingHandlers();
    registerHandlers({ ipcMain, isAppUrl: (url) => isAppUrl(APP_LOCATION, url) }, handlers);
    await expect(ipcMain.listener(IPC.printToPdf)(invokeEvent(), { html: 'x'.repeat(50 * 1024 * 1024 + 1) })).rejects.toThrow(Error);
    for (const channel of Object.values(IPC)) {
      await expect(ipcMain.listener(channel)(invokeEvent({ frameUrl: 'https://evil.example/' }))).rejects.toThrow(Error);
    }
    expect(calls).toEqual([]);
  });
});
