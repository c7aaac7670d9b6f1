import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Table, type TableColumn } from '../../../renderer/ui/Table';

interface Tag {
  path: string;
  count: number;
}

const COLUMNS: ReadonlyArray<TableColumn<Tag>> = [
  { heading: 'tags.path', cell: (tag) => tag.path, cellProps: (tag) => ({ className: tag.count === 0 ? 'unused' : undefined }) },
  { heading: { numeric: 'tags.count' }, cell: (tag) => tag.count },
];

const TAGS: Tag[] = [
  { path: '民生', count: 3 },
  { path: '民生/停暖', count: 0 },
];

describe('Table', () => {
  afterEach(cleanup);

  it('heads its columns and renders one row per entry, numeric cells right-aligned and row data on the row', () => {
    render(
      <Table
        rows={TAGS}
        columns={COLUMNS}
        rowKey={(tag) => tag.path}
        rowData={(tag) => ({ 'data-tag': tag.path })}
        empty="none"
        testId="tags"
      />,
    );
    const table = screen.getByTestId('tags');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['标签', '条目数']);
    expect(within(table).getByRole('columnheader', { name: '条目数' }).className).toBe('numeric');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-tag'))).toEqual(['民生', '民生/停暖']);
    const cells = within(rows[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['民生/停暖', '0']);
    expect(cells.map((cell) => cell.className)).toEqual(['unused', 'numeric']);
  });

  it('shows the empty text instead of a table without rows, and the loading text while rows are unread', () => {
    const { rerender } = render(
      <Table rows={null} columns={COLUMNS} rowKey={(tag) => tag.path} empty="No tags yet" loading="Reading" testId="tags" footer="pager" />,
    );
    expect(screen.getByText('Reading')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    rerender(<Table rows={[]} columns={COLUMNS} rowKey={(tag) => tag.path} empty="No tags yet" testId="tags" footer="pager" />);
    expect(screen.getByText('No tags yet')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('pager')).toBeNull();
    rerender(<Table rows={TAGS} columns={COLUMNS} rowKey={(tag) => tag.path} empty="No tags yet" testId="tags" footer="pager" />);
    expect(screen.queryByText('No tags yet')).toBeNull();
    expect(screen.getByText('pager')).toBeTruthy();
  });

  it('names the table, numbers its cells, passes row props, closes the body with extra rows, and keeps headings without an empty text', () => {
    const clicked = vi.fn();
    const { rerender } = render(
      <Table
        rows={TAGS}
        columns={[{ heading: 'tags.path', cell: (tag, index) => `${index + 1}. ${tag.path}` }]}
        rowKey={(tag, index) => `${tag.path}-${index}`}
        rowProps={(tag) => ({ className: 'clickable', onClick: () => clicked(tag.path) })}
        label="Tags"
        caption={<caption>Every tag</caption>}
        closingRows={
          <tr>
            <td>total</td>
          </tr>
        }
        testId="tags"
      />,
    );
    const table = screen.getByRole('table', { name: 'Tags' });
    expect(table.querySelector('caption')?.textContent).toBe('Every tag');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['1. 民生', '2. 民生/停暖', 'total']);
    expect(rows[0]?.className).toBe('clickable');
    fireEvent.click(rows[1] as HTMLElement);
    expect(clicked).toHaveBeenCalledWith('民生/停暖');
    rerender(<Table rows={[]} columns={COLUMNS} rowKey={(tag) => tag.path} testId="tags" />);
    expect(within(screen.getByTestId('tags')).getAllByRole('columnheader')).toHaveLength(2);
  });
});
