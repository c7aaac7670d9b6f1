import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Profile } from '../../../shared/domain/types';
import { useDesk } from '../../workspace/desk';
import { ErrorAlert } from '../../ui/Feedback';
import { PinField } from '../../ui/PinField';
import { errorReason, useT } from '../../i18n';
import { AddPersonForm } from './AddPersonForm';
import { switchPerson } from './switch-person';
import './people.css';

function SwitchDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const repositories = useDesk((state) => state.repositories);
  const current = useDesk((state) => state.profile);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [chosen, setChosen] = useState<Profile | null>(null);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const pinInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    if (repositories) void repositories.profiles.list().then(setProfiles);
  }, [repositories]);
  useEffect(reload, [reload]);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('button, input')?.focus();
  }, []);
  useEffect(() => {
    if (chosen) pinInput.current?.focus();
  }, [chosen]);

  const complete = async (profile: Profile, enteredPin: string) => {
    if (!repositories) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await switchPerson(repositories, profile.id, enteredPin);
      if (result.ok) {
        onClose();
        return;
      }
      setProblem(t('people.wrongPin'));
      setPin('');
      pinInput.current?.focus();
    } catch (error) {
      setProblem(t('people.switchFailed', { reason: errorReason(error) }));
    } finally {
      setBusy(false);
    }
  };

  const choose = (profile: Profile) => {
    setProblem(null);
    setPin('');
    if (profile.pinHash === null) void complete(profile, '');
    else setChosen(profile);
  };

  const submitPin = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) void complete(chosen, pin);
  };

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <div className="modal-head">
          <h2 id={`${ids}-title`}>{t('people.switchTitle')}</h2>
          <button type="button" className="button secondary" onClick={onClose}>
            {t('people.close')}
          </button>
        </div>
        <p className="hint">{t('people.switchIntro')}</p>
        <ul className="person-list">
          {profiles.map((profile) => (
            <li key={profile.id}>
              <button
                type="button"
                className="person-choice"
                aria-label={t('people.choose', { name: profile.name })}
                aria-pressed={chosen?.id === profile.id}
                disabled={busy || profile.id === current?.id}
                onClick={() => choose(profile)}
              >
                <strong>{profile.name}</strong>
                <span>{t(`role.${profile.role}`)}</span>
                {profile.id === current?.id ? <span className="muted">{t('people.current')}</span> : null}
                {profile.pinHash !== null ? <span className="pin-badge">{t('people.hasPin')}</span> : null}
              </button>
            </li>
          ))}
        </ul>
        {chosen ? (
          <form className="pin-form" onSubmit={submitPin}>
            <PinField
              ref={pinInput}
              id={`${ids}-pin`}
              label={t('people.pinFor', { name: chosen.name })}
              autoComplete="off"
              value={pin}
              aria-invalid={problem !== null}
              onValue={setPin}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={busy || pin === ''}>
                {t('people.confirm')}
              </button>
              <button type="button" className="button secondary" onClick={() => setChosen(null)}>
                {t('people.cancel')}
              </button>
            </div>
          </form>
        ) : null}
        <ErrorAlert message={problem} />
        {adding ? (
          <AddPersonForm existing={profiles} onAdded={reload} />
        ) : (
          <button type="button" className="button secondary" onClick={() => setAdding(true)}>
            {t('people.add')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The current person, always in the top bar; clicking opens the switcher. */
export function PersonSwitcher() {
  const t = useT();
  const profile = useDesk((state) => state.profile);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!profile) return null;
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="current-person person-switcher"
        data-testid="current-person"
        title={t('people.switch')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className="current-person-label">{t('topbar.currentPerson')}</span>
        <strong>{t('topbar.personWithRole', { name: profile.name, role: t(`role.${profile.role}`) })}</strong>
        <span className="switch-hint">{t('people.switch')}</span>
      </button>
      {open ? (
        <SwitchDialog
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
