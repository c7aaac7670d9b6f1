import { useEffect, useState } from 'react';
import type { Repositories } from '../../db';
import { errorText, useT } from '../../i18n';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { platform, type Platform } from '../../platform';
import type { InboxFile } from '../../platform/platform';
import { dismissQuarantined, loadFiles, useImport } from './import-store';

/** Electron only: files dropped into the watched inbox folder, offered for import with their saved mapping. */
export function InboxPanel({ repositories }: { repositories: Repositories }) {
  const t = useT();
  const host: Platform = platform();
  const [files, setFiles] = useState<InboxFile[]>([]);
  const quarantined = useImport((state) => state.quarantined);
  const [folder, setFolder] = useState('');

  // bumped after the folder changes, so the list is read again
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all([host.inboxList(), host.inboxFolder()])
        .then(([listed, path]) => {
          if (!live) return;
          setFiles(listed);
          setFolder(path);
        })
        .catch((error: unknown) => useImport.setState({ error: errorText(error) }));
    void load();
    const stop = host.onInboxChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [host, version]);

  const importFile = async (name: string) => {
    const opened = await host.inboxRead(name);
    // Saved templates are passed to every parse, so the file's own layout picks its mapping.
    await loadFiles(repositories, [{ name: opened.name, bytes: opened.bytes, inboxName: name }]);
  };

  return (
    <>
      <h2 className="section-title">{t('import.inbox.title')}</h2>
      <p className="muted">
        {t('import.inbox.folder', { folder })}{' '}
        <button
          type="button"
          className="button secondary"
          onClick={() => void host.inboxChooseFolder().then(() => setVersion((current) => current + 1))}
        >
          {t('import.inbox.chooseFolder')}
        </button>
      </p>
      {quarantined.length > 0 ? (
        <div className="inbox-quarantine" role="status" data-testid="inbox-quarantined">
          <h3>{t('import.inbox.quarantinedTitle')}</h3>
          <ul>
            {quarantined.map((file) => (
              <li key={file.name}>
                <p>
                  <strong>{file.name}</strong>
                </p>
                <p className="error-text">{t('import.inbox.quarantinedReason', { reason: file.reason })}</p>
                <p>{t('import.inbox.quarantinedAction')}</p>
                <button type="button" className="button secondary" onClick={() => dismissQuarantined(file.name)}>
                  {t('import.inbox.quarantinedDismiss')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {files.length === 0 ? (
        <div className="empty-state">
          <p>{t('import.inbox.empty')}</p>
        </div>
      ) : (
        <table className="data-table" data-testid="inbox-files">
          <tbody>
            {files.map((file) => (
              <tr key={file.name}>
                <td>{file.name}</td>
                <td>{formatBytes(file.size)}</td>
                <td>{formatDateTime(file.modifiedAt)}</td>
                <td className="muted">{t('import.inbox.autoMapping')}</td>
                <td>
                  <button type="button" className="button secondary" onClick={() => void importFile(file.name)}>
                    {t('import.inbox.import')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
