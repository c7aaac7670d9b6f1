import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from 'react';
import { HeaderCells, type Column } from './HeaderCells';

export interface TableColumn<Row> {
  /** the heading; a `numeric` one right-aligns its cells too */
  heading: Column;
  /** `index` counts the rows shown, from 0 */
  cell: (row: Row, index: number) => ReactNode;
  /** what a cell needs beyond its alignment, when it depends on the row: a class, an indent */
  cellProps?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement>;
}

/** `data-` attributes a row carries, so tests and styles can find a row by what it shows. */
export type RowData = Record<`data-${string}`, string>;

interface TableProps<Row> {
  /** `null` while the rows are being read: `loading` shows in place of the table */
  rows: readonly Row[] | null;
  columns: readonly TableColumn<Row>[];
  rowKey: (row: Row, index: number) => string | number;
  /** shown in place of the table when there are no rows; without it the table stays, with its headings only */
  empty?: ReactNode;
  loading?: ReactNode;
  testId?: string;
  className?: string;
  /** names the table for assistive technology when no caption does */
  label?: string;
  /** a `<caption>` element, first in the table */
  caption?: ReactNode;
  rowData?: (row: Row) => RowData;
  /** what a row needs beyond its data attributes, when it depends on the row: a class, a click */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement>;
  /** rows after the data rows, in the same body: a total */
  closingRows?: ReactNode;
  /** follows the table when it has rows: a pager */
  footer?: ReactNode;
}

/** A data table whose columns are declared once, as data: its headings, its cells, and what it shows without rows. */
export function Table<Row>({
  rows,
  columns,
  rowKey,
  empty,
  loading,
  testId,
  className,
  label,
  caption,
  rowData,
  rowProps,
  closingRows,
  footer,
}: TableProps<Row>) {
  if (rows === null) return <p className="muted">{loading}</p>;
  if (rows.length === 0 && empty !== undefined) {
    return (
      <div className="empty-state">
        <p>{empty}</p>
      </div>
    );
  }
  return (
    <>
      <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId} aria-label={label}>
        {caption}
        <thead>
          <tr>
            <HeaderCells columns={columns.map((column) => column.heading)} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowKey(row, rowIndex)} {...rowProps?.(row)} {...rowData?.(row)}>
              {columns.map((column, index) => (
                <td key={index} className={typeof column.heading === 'string' ? undefined : 'numeric'} {...column.cellProps?.(row)}>
                  {column.cell(row, rowIndex)}
                </td>
              ))}
            </tr>
          ))}
          {closingRows}
        </tbody>
      </table>
      {footer}
    </>
  );
}
