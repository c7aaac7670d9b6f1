import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../../shared/domain/types';
import type { WorkspaceSnapshot } from '../../../shared/domain/workspace';
import { FirstRun, type FirstRunRepositories } from '../../../renderer/features/first-run/FirstRun';
import { buildItem, buildProfile, buildWorkspace, resetBuilderSequence } from '../../builders';

// 2026-03-05 10:00 Beijing time: three days after the builders' base day.
const NOW = Date.parse('2026-03-05T10:00:00+08:00');

interface FakeOptions {
  empty?: boolean;
  loadFails?: Error;
}

/** The two repositories first run uses, recording what it was asked to do. */
function fakeRepositories(options: FakeOptions = {}) {
  const created: { input: unknown; actor: string }[] = [];
  const loaded: { snapshot: WorkspaceSnapshot; actor: string }[] = [];
  let profile: Profile | null = null;
  const repositories: FirstRunRepositories = {
    profiles: {
      create: async (input, ctx) => {
        created.push({ input, actor: ctx.actor });
        profile = buildProfile({ name: input.name, role: input.role, pinHash: input.pin ? 'sha256$salt$hash' : null });
        return profile;
      },
    },
    workspace: {
      isEmpty: async () => options.empty ?? true,
      load: async (snapshot, ctx) => {
        if (options.loadFails) throw options.loadFails;
        loaded.push({ snapshot, actor: ctx.actor });
      },
    },
  };
  return { repositories, created, loaded, profile: () => profile };
}

async function createPerson(name: string, role: '拟稿人' | '审核人' | '签发人', pin = '') {
  fireEvent.change(screen.getByLabelText('姓名'), { target: { value: name } });
  fireEvent.click(screen.getByLabelText(role));
  if (pin) fireEvent.change(screen.getByLabelText(/PIN/), { target: { value: pin } });
  fireEvent.click(screen.getByRole('button', { name: '建立人员' }));
  await screen.findByRole('heading', { name: '第二步：选择如何开始' });
}

/** The demo is offered once the store said it is empty; a click before that would hit a disabled button. */
async function chooseDemo() {
  const button = screen.getByRole('button', { name: /载入演示数据/ });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  fireEvent.click(button);
}

beforeEach(() => resetBuilderSequence());
afterEach(() => cleanup());

describe('first run', () => {
  it('refuses an empty name and a malformed PIN without creating anyone', async () => {
    const fake = fakeRepositories();
    render(<FirstRun repositories={fake.repositories} onDone={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: '建立人员' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '请填写姓名。');
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '王晓燕' } });
    fireEvent.change(screen.getByLabelText(/PIN/), { target: { value: '12a4' } });
    fireEvent.click(screen.getByRole('button', { name: '建立人员' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'PIN 须为 4–8 位数字。');
    expect(fake.created).toEqual([]);
  });

  it('creates the person as the system, then starts empty without loading anything', async () => {
    const fake = fakeRepositories();
    const onDone = vi.fn();
    render(<FirstRun repositories={fake.repositories} onDone={onDone} />);
    await createPerson('  巴特尔 ', '审核人', '2468');
    expect(fake.created).toEqual([{ input: { name: '巴特尔', role: 'reviewer', pin: '2468' }, actor: 'system' }]);
    expect(screen.getByText('巴特尔，你好。')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /从空白开始/ }));
    expect(onDone).toHaveBeenCalledWith(fake.profile());
    expect(fake.loaded).toEqual([]);
  });

  it('loads the demo as the new person, with its dates moved so its last day is today', async () => {
    const fake = fakeRepositories();
    const onDone = vi.fn();
    const demo = buildWorkspace({ items: 4 });
    const lastReported = demo.items.at(-1)!.reportedAt;
    render(<FirstRun repositories={fake.repositories} onDone={onDone} readDemo={async () => demo} now={() => NOW} />);
    await createPerson('其其格', '拟稿人');

    await chooseDemo();
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(fake.profile()));
    expect(fake.loaded).toHaveLength(1);
    const [{ snapshot, actor }] = fake.loaded as [{ snapshot: WorkspaceSnapshot; actor: string }];
    expect(actor).toBe(fake.profile()?.id);
    expect(snapshot.items).toHaveLength(4);
    expect(lastReported.slice(0, 10)).toBe('2026-03-02');
    expect(snapshot.items.at(-1)!.reportedAt).toBe(`2026-03-05${lastReported.slice(10)}`);
  });

  it('says so and stays on the choice when the demo cannot be written', async () => {
    const fake = fakeRepositories({ loadFails: new Error('磁盘空间不足') });
    const onDone = vi.fn();
    render(<FirstRun repositories={fake.repositories} onDone={onDone} readDemo={async () => buildWorkspace()} now={() => NOW} />);
    await createPerson('王晓燕', '签发人');
    await chooseDemo();
    expect((await screen.findByRole('alert')).textContent).toBe('载入演示数据失败：磁盘空间不足');
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /从空白开始/ })).toHaveProperty('disabled', false);
  });

  it('does not offer the demo on top of a workspace that already holds data', async () => {
    const fake = fakeRepositories({ empty: false });
    render(
      <FirstRun repositories={fake.repositories} onDone={vi.fn()} readDemo={async () => buildWorkspace({}, { items: [buildItem()] })} />,
    );
    await createPerson('王晓燕', '拟稿人');
    const demoButton = screen.getByRole('button', { name: /载入演示数据/ });
    await waitFor(() => expect(demoButton).toHaveProperty('disabled', true));
    expect(demoButton.textContent).toContain('工作台已有数据，不能再载入演示数据。');
  });
});
