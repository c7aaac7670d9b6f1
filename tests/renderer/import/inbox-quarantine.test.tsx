// The inbox seen from the 导入 page: a file the parser crashes on would crash it again each time
// the inbox offered it, so it is quarantined, the analyst is told why and what to do, and it is not tried again.
// The Electron side (moving the file, its ledger) is tested in tests/unit/electron; here the bridge is faked.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDesk } from '../../../renderer/workspace/desk';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { FilesPanel } from '../../../renderer/features/import/FilesPanel';
import { startOver, useImport } from '../../../renderer/features/import/import-store';
import type { RpcMessage, RpcRequest } from '../../../renderer/platform/worker-rpc';
import type { InboxFile } from '../../../renderer/platform/platform';
import { buildProfile } from '../../builders';
import { analyst, openTestStore } from '../db/harness';
import { csvOf, row } from './builders';

/** The Electron host's inbox as the page sees it through the bridge: a folder, its files, quarantine. */
const inbox = vi.hoisted(() => {
  const state = {
    files: [] as InboxFile[],
    bytes: new Uint8Array() as Uint8Array,
    reads: [] as string[],
    quarantined: [] as [string, string][],
    imported: [] as string[],
    listeners: new Set<() => void>(),
  };
  const changed = () => {
    for (const listener of state.listeners) listener();
  };
  const host = {
    kind: 'electron',
    capabilities: { pdfBytes: true, inbox: true, realFolders: true },
    inboxList: async () => [...state.files],
    inboxFolder: async () => '/home/analyst/OpinionDesk/收件箱',
    inboxRead: async (name: string) => {
      state.reads.push(name);
      return { name, bytes: state.bytes };
    },
    inboxQuarantine: async (name: string, reason: string) => {
      state.quarantined.push([name, reason]);
      state.files = state.files.filter((file) => file.name !== name);
      changed();
      return true;
    },
    inboxMarkImported: async (name: string) => {
      state.imported.push(name);
      return true;
    },
    inboxChooseFolder: async () => null,
    onInboxChanged: (listener: () => void) => {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
  };
  return { state, host };
});
vi.mock('../../../renderer/platform', () => ({ platform: () => inbox.host }));

/** The parse worker, answering every parse the way the test says. */
let workersStarted = 0;
function stubWorker(
  answer: (
    request: RpcRequest,
    worker: { onmessage: ((event: MessageEvent<RpcMessage>) => void) | null; onerror: ((event: ErrorEvent) => void) | null },
  ) => void,
) {
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((event: MessageEvent<RpcMessage>) => void) | null = null;
      onerror: ((event: ErrorEvent) => void) | null = null;
      onmessageerror: (() => void) | null = null;
      constructor() {
        workersStarted++;
      }
      postMessage(request: RpcRequest) {
        queueMicrotask(() => answer(request, this));
      }
      terminate() {}
    },
  );
}

const BROKEN = '公安网安-0203.xlsx';
const CRASH = 'RangeError: Maximum call stack size exceeded';

let db: DeskDatabase;
let repos: Repositories;

beforeEach(async () => {
  ({ db, repos } = await openTestStore('inbox-quarantine'));
  const profile = buildProfile({ id: analyst.actor, name: '王晓燕' });
  await db.profiles.add(profile);
  useDesk.setState({ phase: 'ready', repositories: repos, profile });
  workersStarted = 0;
  inbox.state.files = [
    { name: BROKEN, size: 48_213, modifiedAt: '2026-03-02T08:10:00+08:00' },
    { name: '网信办-0203.csv', size: 2_048, modifiedAt: '2026-03-02T08:12:00+08:00' },
  ];
  inbox.state.reads = [];
  inbox.state.quarantined = [];
  inbox.state.bytes = csvOf([row()]);
});

afterEach(() => {
  cleanup();
  startOver();
  useImport.setState({ quarantined: [], error: null });
  inbox.state.listeners.clear();
  vi.unstubAllGlobals();
  db.close();
});

async function importFromInbox(name: string) {
  render(<FilesPanel />);
  const list = await screen.findByTestId('inbox-files');
  const fileRow = within(list).getByText(name).closest('tr') as HTMLElement;
  fireEvent.click(within(fileRow).getByRole('button', { name: '导入' }));
}

describe('a file in the inbox that the parser crashes on', () => {
  it('is shown as quarantined with its reason in Chinese and what the analyst can do, and is not offered or tried again', async () => {
    stubWorker((_request, worker) => worker.onerror?.({ message: CRASH, preventDefault: () => undefined } as ErrorEvent));
    await importFromInbox(BROKEN);

    const notice = await screen.findByTestId('inbox-quarantined');
    const reason = `解析文件时程序出错，已停止，未写入任何数据（${CRASH}）。`;
    expect(notice.textContent).toContain('已隔离的文件');
    expect(notice.textContent).toContain(BROKEN);
    expect(notice.textContent).toContain(`原因：${reason}`);
    expect(notice.textContent).toContain('请联系报送单位检查文件后重新导出发送');
    expect(notice.textContent).toContain('“隔离区”');
    expect(screen.getByTestId('import-error').textContent).toBe(`${reason} 该文件已移到收件箱的隔离文件夹，不会再次出现。`);
    expect(inbox.state.quarantined).toEqual([[BROKEN, reason]]);

    // Not retried: the inbox lists only the other file, and the broken one was read and parsed once.
    await waitFor(() => expect(within(screen.getByTestId('inbox-files')).queryByText(BROKEN)).toBeNull());
    expect(within(screen.getByTestId('inbox-files')).getByText('网信办-0203.csv')).toBeTruthy();
    expect(inbox.state.reads).toEqual([BROKEN]);
    expect(workersStarted).toBe(1);
    expect(await db.items.count()).toBe(0);

    fireEvent.click(within(notice).getByRole('button', { name: '知道了' }));
    expect(screen.queryByTestId('inbox-quarantined')).toBeNull();
  });

  it('leaves a file the pipeline refuses (not a crash) in the inbox with its reason, to be imported again after a fix', async () => {
    stubWorker((request, worker) =>
      worker.onmessage?.({
        data: { rpc: 'error', id: request.id, error: { message: 'import.noData', name: 'ImportError', code: 'import.noData', params: {} } },
      } as MessageEvent<RpcMessage>),
    );
    await importFromInbox(BROKEN);

    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toBe('文件中没有任何数据'));
    expect(inbox.state.quarantined).toEqual([]);
    expect(screen.queryByTestId('inbox-quarantined')).toBeNull();
    expect(within(screen.getByTestId('inbox-files')).getByText(BROKEN)).toBeTruthy();
  });
});
