import { useT, type PlainMessageKey } from '../i18n';

/** A column heading; a `numeric` one is right-aligned, so it stands over the digits lined up under it. */
export type Column = PlainMessageKey | { numeric: PlainMessageKey };

/** A table's column headings from a list, so a table's columns are declared once, as data. */
export function HeaderCells({ columns }: { columns: readonly Column[] }) {
  const t = useT();
  return columns.map((column) => {
    const label = typeof column === 'string' ? column : column.numeric;
    return (
      <th key={label} scope="col" className={typeof column === 'string' ? undefined : 'numeric'}>
        {t(label)}
      </th>
    );
  });
}
