import { useEffect, useMemo, useState } from 'react';
import { normaliseTagPath, rankTagMatches } from '../../../../shared/triage';
import { repositoriesOrThrow } from '../../../workspace/desk';
import { useT } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { runTriageWrite } from '../undo/triage-writes';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
import { Listbox } from '../../../ui/Listbox';
import { Modal } from '../../../ui/Modal';

interface Option {
  path: string;
  isNew: boolean;
}

/** `t`: type a few characters of a tag, Enter adds it to the focused item or the whole selection. */
export function TagDialog() {
  const t = useT();
  const targetIds = useTriageDialog((state) => state.targetIds);
  const [known, setKnown] = useState<string[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    void repositoriesOrThrow()
      .triage.listTags()
      .then((tags) => setKnown(tags.map((tag) => tag.path)));
  }, []);

  const options = useMemo<Option[]>(() => {
    const matches = rankTagMatches(query, known, 10).map((path) => ({ path, isNew: false }));
    const typed = normaliseTagPath(query);
    if (typed && !known.includes(typed)) matches.push({ path: typed, isNew: true });
    return matches;
  }, [query, known]);

  const apply = (option: Option) => {
    closeTriageDialog();
    void runTriageWrite(
      'undo.label.tag',
      targetIds.length,
      (repositories, ctx) => repositories.triage.tagItems(targetIds, { add: [option.path] }, ctx),
      { announce: t('tags.applied', { count: formatNumber(targetIds.length), path: option.path }) },
    );
  };

  return (
    <Modal title={t('tags.dialogTitle', { count: formatNumber(targetIds.length) })} onClose={closeTriageDialog} testId="tag-dialog">
      <Listbox
        id="tag-options"
        single
        label={t('tags.inputLabel')}
        placeholder={t('tags.inputPlaceholder')}
        query={query}
        onQuery={setQuery}
        options={options}
        optionKey={(option) => `${option.isNew ? 'new' : 'known'}-${option.path}`}
        onChoose={apply}
        empty={t('tags.noTagsYet')}
        renderOption={(option) => (
          <span className="palette-label">{option.isNew ? t('tags.createOption', { path: option.path }) : option.path}</span>
        )}
      />
      <p className="hint">{t('tags.dialogHint')}</p>
    </Modal>
  );
}
