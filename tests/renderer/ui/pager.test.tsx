import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Pager } from '../../../renderer/ui/Pager';

function Pages({ pages }: { pages: number }) {
  const [page, setPage] = useState(1);
  return <Pager page={page} pages={pages} onPrevious={() => setPage(page - 1)} onNext={() => setPage(page + 1)} summary="共 3 页" />;
}

const pager = () => screen.getByRole('navigation', { name: '翻页' });
const previous = () => screen.getByRole('button', { name: '上一页' }) as HTMLButtonElement;
const next = () => screen.getByRole('button', { name: '下一页' }) as HTMLButtonElement;

describe('Pager', () => {
  afterEach(cleanup);

  it('moves between pages and disables the button that would leave them', () => {
    render(<Pages pages={3} />);
    expect(pager().textContent).toContain('第 1 / 3 页 · 共 3 页');
    expect(previous().disabled).toBe(true);
    fireEvent.click(next());
    fireEvent.click(next());
    expect(pager().textContent).toContain('第 3 / 3 页');
    expect(next().disabled).toBe(true);
    expect(previous().disabled).toBe(false);
    fireEvent.click(next());
    expect(pager().textContent).toContain('第 3 / 3 页');
    fireEvent.click(previous());
    expect(pager().textContent).toContain('第 2 / 3 页');
  });

  it('turns pages with the arrow keys, stopping at either end', () => {
    render(<Pages pages={2} />);
    fireEvent.keyDown(previous(), { key: 'ArrowLeft' });
    expect(pager().textContent).toContain('第 1 / 2 页');
    fireEvent.keyDown(previous(), { key: 'ArrowRight' });
    expect(pager().textContent).toContain('第 2 / 2 页');
    fireEvent.keyDown(previous(), { key: 'ArrowRight' });
    expect(pager().textContent).toContain('第 2 / 2 页');
    fireEvent.keyDown(next(), { key: 'ArrowLeft' });
    expect(pager().textContent).toContain('第 1 / 2 页');
  });

  it('hands focus to the other button when the focused one is disabled by its own press', () => {
    render(<Pages pages={2} />);
    next().focus();
    fireEvent.click(next());
    expect(next().disabled).toBe(true);
    expect(document.activeElement).toBe(previous());
  });

  it('takes the list’s own word on whether there is more, and its own labels', () => {
    render(<Pager page={1} pages={1} hasNext onPrevious={() => {}} onNext={() => {}} previousLabel="较新" nextLabel="较早" />);
    expect((screen.getByRole('button', { name: '较早' }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole('button', { name: '较新' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
