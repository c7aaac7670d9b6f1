import { useState } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { useT } from '../../i18n';
import { DictionaryEditor } from './DictionaryEditor';
import { FieldReportForm } from './FieldReportForm';
import { FilesPanel } from './FilesPanel';
import './import.css';

const TABS = ['files', 'field', 'dictionaries'] as const;
type Tab = (typeof TABS)[number];

/** `#/import?tab=dictionaries` opens a tab directly (the link from 设置). */
function tabFromHash(): Tab {
  const asked = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('tab');
  return (TABS as readonly string[]).includes(asked ?? '') ? (asked as Tab) : 'files';
}

export function ImportPage() {
  const t = useT();
  const [tab, setTab] = useState<Tab>(tabFromHash);
  return (
    <section className="page" data-page="import">
      <PageHeading>{t('import.title')}</PageHeading>
      <div className="import-tabs" role="tablist" aria-label={t('import.title')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`import-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`import-panel-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`import.tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`import-panel-${tab}`} aria-labelledby={`import-tab-${tab}`}>
        {tab === 'files' ? <FilesPanel /> : tab === 'field' ? <FieldReportForm /> : <DictionaryEditor />}
      </div>
    </section>
  );
}
