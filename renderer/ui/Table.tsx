import type { ReactNode, TdHTMLAttributes } from 'react';
import { HeaderCells, type Column } from './HeaderCells';

export interface TableColumn<Row> {
  /** the heading; a `numeric` one right-aligns its cells too */
  heading: Column;
  cell: (row: Row) => ReactNode;
  /** what a cell needs beyond its alignment, when it depends on the row: a class, an indent */
  cellProps?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement>;
}

/** `data-` attributes a row carries, so tests and styles can find a row by what it shows. */
export type RowData = Record<`data-${string}`, string>;

interface TableProps<Row> {
  /** `null` while the rows are being read: `loading` shows in place of the table */
  rows: readonly Row[] | null;
  columns: readonly TableColumn<Row>[];
  rowKey: (row: Row) => string | number;
  /** shown in place of the table when there are no rows */
  empty: ReactNode;
  loading?: ReactNode;
  testId: string;
  className?: string;
  rowData?: (row: Row) => RowData;
  /** follows the table when it has rows: a pager */
  footer?: ReactNode;
}

/** A data table whose columns are declared once, as data: its headings, its cells, and what it shows without rows. */
export function Table<Row>({ rows, columns, rowKey, empty, loading, testId, className, rowData, footer }: TableProps<Row>) {
  if (rows === null) return <p className="muted">{loading}</p>;
  if (rows.length === 0) {
    return (
      <div className="empty-state">
        <p>{empty}</p>
      </div>
    );
  }
  return (
    <>
      <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId}>
        <thead>
          <tr>
            <HeaderCells columns={columns.map((column) => column.heading)} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowData?.(row)}>
              {columns.map((column, index) => (
                <td key={index} className={typeof column.heading === 'string' ? undefined : 'numeric'} {...column.cellProps?.(row)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {footer}
    </>
  );
}
