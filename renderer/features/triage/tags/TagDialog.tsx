import { useEffect, useMemo, useState } from 'react';
import { normaliseTagPath, rankTagMatches } from '../../../../shared/triage';
import { repositoriesOrThrow } from '../../../workspace/desk';
import { useT } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { runTriageWrite } from '../undo/triage-writes';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
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
  const [active, setActive] = useState(0);

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
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const apply = (option: Option | undefined) => {
    if (!option) return;
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
      <input
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="tag-options"
        aria-activedescendant={options[activeIndex] ? `tag-option-${activeIndex}` : undefined}
        aria-label={t('tags.inputLabel')}
        placeholder={t('tags.inputPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((activeIndex + 1) % Math.max(1, options.length));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((activeIndex - 1 + options.length) % Math.max(1, options.length));
          } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            apply(options[activeIndex]);
          }
        }}
      />
      {options.length === 0 ? (
        <p className="muted palette-empty">{t('tags.noTagsYet')}</p>
      ) : (
        <ul id="tag-options" className="palette-list" role="listbox" aria-label={t('tags.inputLabel')}>
          {options.map((option, index) => (
            <li
              key={`${option.isNew ? 'new' : 'known'}-${option.path}`}
              id={`tag-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'palette-option single active' : 'palette-option single'}
              onMouseEnter={() => setActive(index)}
              onMouseDown={(event) => {
                event.preventDefault();
                apply(option);
              }}
            >
              <span className="palette-label">{option.isNew ? t('tags.createOption', { path: option.path }) : option.path}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('tags.dialogHint')}</p>
    </Modal>
  );
}
