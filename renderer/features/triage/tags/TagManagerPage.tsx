import { useEffect, useState } from 'react';
import type { Tag } from '../../../../shared/domain/types';
import { ancestorPaths, compareTagPaths, isSameOrDescendant, normaliseTagPath, tagDepth, TAG_COLORS } from '../../../../shared/triage';
import { PageHeading } from '../../../ui/PageHeading';
import { Table, type TableColumn } from '../../../ui/Table';
import { ConfirmDanger, InlineForm } from '../InlineForm';
import { useDesk } from '../../../workspace/desk';
import { isMessageKey, useT } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { runTriageWrite } from '../undo/triage-writes';
import { useStoreChanged } from '../../../workspace/store-changes';
import '../../../ui/detail.css';
import './tags.css';

type TagRow = Tag & { count: number; implied: boolean };

type Pending = { kind: 'rename'; path: string; to: string } | { kind: 'delete'; path: string; affected: number } | null;

/** Every tag as a tree with its item count; rename (onto an existing tag = merge), recolour and delete, children included. */
export function TagManagerPage() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const version = useStoreChanged(['tags', 'items']);
  const [rows, setRows] = useState<TagRow[] | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [newPath, setNewPath] = useState('');

  useEffect(() => {
    if (!repositories) return;
    let cancelled = false;
    void repositories.triage.listTags().then((tags) => {
      if (cancelled) return;
      const byPath = new Map(tags.map((tag) => [tag.path, { ...tag, implied: false }]));
      // A child can exist without its parent as a row; the tree still shows the parent so the branch can be renamed.
      for (const tag of tags) {
        for (const ancestor of ancestorPaths(tag.path)) {
          if (!byPath.has(ancestor)) byPath.set(ancestor, { path: ancestor, color: '', createdAt: '', count: 0, implied: true });
        }
      }
      setRows([...byPath.values()].sort((a, b) => compareTagPaths(a.path, b.path)));
    });
    return () => {
      cancelled = true;
    };
  }, [repositories, version]);

  const branchCount = (path: string) =>
    (rows ?? []).filter((row) => isSameOrDescendant(row.path, path)).reduce((sum, row) => sum + row.count, 0);
  const known = new Set((rows ?? []).map((row) => row.path));
  const columns: ReadonlyArray<TableColumn<TagRow>> = [
    {
      heading: 'tags.path',
      cellProps: (row) => ({ style: { paddingLeft: `${8 + tagDepth(row.path) * 20}px` } }),
      cell: (row) => (
        <>
          <span className="tag-chip" style={row.color ? { background: row.color } : undefined}>
            {row.path.split('/').at(-1)}
          </span>
          {tagDepth(row.path) > 0 ? <span className="muted tag-full-path">{row.path}</span> : null}
        </>
      ),
    },
    {
      heading: { numeric: 'tags.count' },
      cell: (row) => (
        <>
          {formatNumber(row.count)}
          {branchCount(row.path) !== row.count ? (
            <span className="muted">{t('tags.withChildren', { count: formatNumber(branchCount(row.path)) })}</span>
          ) : null}
        </>
      ),
    },
    { heading: 'tags.color', cell: (row) => <TagColorSelect row={row} /> },
    {
      heading: 'tags.actions',
      cellProps: () => ({ className: 'tag-row-actions' }),
      cell: (row) => (
        <>
          <button type="button" className="button secondary" onClick={() => setPending({ kind: 'rename', path: row.path, to: row.path })}>
            {t('tags.rename')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              void repositories?.triage
                .countItemsUnderTag(row.path)
                .then((affected) => setPending({ kind: 'delete', path: row.path, affected }))
            }
          >
            {t('tags.delete')}
          </button>
        </>
      ),
    },
  ];

  return (
    <section className="page" data-page="tags">
      <PageHeading>{t('tags.title')}</PageHeading>
      <p className="muted">{t('tags.intro')}</p>
      <InlineForm
        className="tag-create"
        fields={[
          {
            id: 'tag-new',
            label: t('tags.newTag'),
            value: newPath,
            maxLength: 80,
            placeholder: t('tags.newTagPlaceholder'),
            onValue: setNewPath,
          },
        ]}
        submitLabel={t('tags.create')}
        onSubmit={() => {
          const path = normaliseTagPath(newPath);
          if (!path) return;
          void runTriageWrite('undo.label.tagCreate', 0, (r, ctx) => r.triage.createTag(path, null, ctx)).then(() => setNewPath(''));
        }}
      />
      <Table
        rows={rows}
        columns={columns}
        rowKey={(row) => row.path}
        rowData={(row) => ({ 'data-tag': row.path })}
        loading={t('detail.loading')}
        empty={t('tags.empty')}
        testId="tag-table"
        className="tag-table"
      />
      {pending?.kind === 'rename' ? (
        <InlineForm
          label={t('tags.renameTitle', { path: pending.path })}
          explain={<p>{t('tags.renameExplain', { path: pending.path, count: formatNumber(branchCount(pending.path)) })}</p>}
          fields={[
            {
              id: 'tag-rename-to',
              label: t('tags.renameTo'),
              autoFocus: true,
              value: pending.to,
              maxLength: 80,
              onValue: (to) => setPending({ ...pending, to }),
            },
          ]}
          note={
            known.has(normaliseTagPath(pending.to) ?? '') && normaliseTagPath(pending.to) !== pending.path ? (
              <p className="hint">{t('tags.willMerge', { path: normaliseTagPath(pending.to) ?? '' })}</p>
            ) : null
          }
          submitLabel={t('tags.confirmRename')}
          onSubmit={() => {
            const to = normaliseTagPath(pending.to);
            if (!to) return;
            void runTriageWrite(known.has(to) ? 'undo.label.tagMerge' : 'undo.label.tagRename', branchCount(pending.path), (r, ctx) =>
              r.triage.renameTag(pending.path, to, ctx),
            ).then(() => setPending(null));
          }}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <ConfirmDanger
          label={t('tags.deleteTitle', { path: pending.path })}
          explain={t('tags.deleteExplain', { path: pending.path, count: formatNumber(pending.affected) })}
          confirmLabel={t('tags.confirmDelete')}
          onConfirm={() =>
            void runTriageWrite('undo.label.tagDelete', pending.affected, (r, ctx) => r.triage.deleteTag(pending.path, ctx)).then(() =>
              setPending(null),
            )
          }
          onCancel={() => setPending(null)}
        />
      ) : null}
    </section>
  );
}

function TagColorSelect({ row }: { row: TagRow }) {
  const t = useT();
  return (
    <select
      aria-label={t('tags.colorOf', { path: row.path })}
      value={row.color}
      onChange={(event) =>
        void runTriageWrite('undo.label.tagColor', 0, (r, ctx) => r.triage.setTagColor(row.path, event.target.value, ctx))
      }
    >
      {row.color === '' ? <option value="">{t('tags.noColor')}</option> : null}
      {row.color !== '' && !(TAG_COLORS as readonly string[]).includes(row.color) ? (
        <option value={row.color} style={{ background: row.color }}>
          {t('tags.customColor')}
        </option>
      ) : null}
      {TAG_COLORS.map((color, index) => {
        const name = `tags.color.${index + 1}`;
        return (
          <option key={color} value={color} style={{ background: color }}>
            {isMessageKey(name) ? t(name) : color}
          </option>
        );
      })}
    </select>
  );
}
