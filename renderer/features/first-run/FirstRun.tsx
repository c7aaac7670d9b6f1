import { useEffect, useId, useState, type FormEvent } from 'react';
import { ROLES, type Profile, type Role } from '../../../shared/domain/types';
import type { WorkspaceSnapshot } from '../../../shared/domain/workspace';
import type { Repositories } from '../../db';
import { errorReason, useLocaleStore, useT, type PlainMessageKey } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ErrorAlert } from '../../ui/Feedback';
import { PinField } from '../../ui/PinField';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextField } from '../../ui/TextField';
import { rebaseDemo } from './demo-rebase';
import { readDemoWorkspace } from './demo-source';

export type FirstRunRepositories = {
  profiles: Pick<Repositories['profiles'], 'create'>;
  workspace: Pick<Repositories['workspace'], 'isEmpty' | 'load'>;
};

export interface FirstRunProps {
  repositories: FirstRunRepositories;
  onDone: (profile: Profile) => void;
  readDemo?: () => Promise<WorkspaceSnapshot>;
  now?: () => number;
}

const NAME_MAX = 40;
const PIN_PATTERN = /^\d{4,8}$/;

type DemoProgress = { phase: 'reading' } | { phase: 'writing'; count: number } | { phase: 'done' };

function ProfileStep({ repositories, onCreated }: { repositories: FirstRunRepositories; onCreated: (profile: Profile) => void }) {
  const t = useT();
  const ids = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('drafter');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const found: PlainMessageKey | null = !trimmed
      ? 'firstRun.nameRequired'
      : trimmed.length > NAME_MAX
        ? 'firstRun.nameTooLong'
        : pin !== '' && !PIN_PATTERN.test(pin)
          ? 'firstRun.pinInvalid'
          : null;
    setProblem(found);
    setFailure(null);
    if (found) return;
    setBusy(true);
    try {
      // No person exists yet to be the actor of the first write: the workstation itself records it.
      onCreated(await repositories.profiles.create({ name: trimmed, role, pin: pin === '' ? null : pin }, { actor: 'system' }));
    } catch (error) {
      setFailure(t('firstRun.createFailed', { reason: errorReason(error) }));
      setBusy(false);
    }
  };

  return (
    <form className="first-run-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('firstRun.stepProfile')}</h2>
      <TextField
        id={`${ids}-name`}
        label={t('firstRun.name')}
        name="name"
        value={name}
        autoComplete="name"
        placeholder={t('firstRun.namePlaceholder')}
        aria-invalid={problem === 'firstRun.nameRequired' || problem === 'firstRun.nameTooLong'}
        onValue={setName}
        autoFocus
      />
      <RadioGroup
        name="role"
        legend={t('firstRun.role')}
        choices={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
        checked={role}
        onValue={setRole}
      >
        <p className="hint">{t('firstRun.roleHint')}</p>
      </RadioGroup>
      <PinField
        id={`${ids}-pin`}
        label={t('firstRun.pin')}
        name="pin"
        autoComplete="new-password"
        value={pin}
        aria-invalid={problem === 'firstRun.pinInvalid'}
        onValue={setPin}
        hint={t('firstRun.pinHint')}
      />
      <ErrorAlert message={failure ?? (problem ? t(problem) : null)} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('firstRun.creating') : t('firstRun.create')}
      </button>
    </form>
  );
}

function WorkspaceStep({ profile, repositories, readDemo, now, onDone }: Required<FirstRunProps> & { profile: Profile }) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [empty, setEmpty] = useState<boolean | null>(null);
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void repositories.workspace.isEmpty().then((value) => live && setEmpty(value));
    return () => {
      live = false;
    };
  }, [repositories]);

  const loadDemo = async () => {
    setFailure(null);
    setProgress({ phase: 'reading' });
    try {
      const snapshot = rebaseDemo(await readDemo(), now(), timeZone);
      setProgress({ phase: 'writing', count: snapshot.items.length });
      await repositories.workspace.load(snapshot, { actor: profile.id });
      setProgress({ phase: 'done' });
      onDone(profile);
    } catch (error) {
      setProgress(null);
      setFailure(t('firstRun.demoFailed', { reason: errorReason(error) }));
    }
  };

  const progressStep = progress === null ? 0 : progress.phase === 'reading' ? 1 : progress.phase === 'writing' ? 2 : 3;
  const progressText =
    progress === null
      ? ''
      : progress.phase === 'reading'
        ? t('firstRun.demoReading')
        : progress.phase === 'writing'
          ? t('firstRun.demoWriting', { count: formatNumber(progress.count) })
          : t('firstRun.demoDone');

  return (
    <div className="first-run-choice">
      <h2>{t('firstRun.stepWorkspace')}</h2>
      <p>{t('firstRun.greeting', { name: profile.name })}</p>
      <div className="choice-grid">
        <button type="button" className="choice" disabled={progress !== null} onClick={() => onDone(profile)}>
          <strong>{t('firstRun.startEmpty')}</strong>
          <span>{t('firstRun.startEmptyHint')}</span>
        </button>
        <button type="button" className="choice" disabled={progress !== null || empty !== true} onClick={() => void loadDemo()}>
          <strong>{t('firstRun.loadDemo')}</strong>
          <span>{t('firstRun.loadDemoHint')}</span>
          <span className="hint">{empty === false ? t('firstRun.workspaceNotEmpty') : t('firstRun.demoNotice')}</span>
        </button>
      </div>
      {progress ? (
        <div className="demo-progress" role="status" aria-live="polite">
          <span>{t('firstRun.loadingDemo')}</span>
          <progress max={3} value={progressStep} aria-label={t('firstRun.loadingDemo')} />
          <span>{progressText}</span>
        </div>
      ) : null}
      {failure ? (
        <p className="error-text" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}

/** A new workstation: create the first local person, then start empty or with the demo workspace. */
export function FirstRun({ repositories, onDone, readDemo = readDemoWorkspace, now = Date.now }: FirstRunProps) {
  const t = useT();
  const [profile, setProfile] = useState<Profile | null>(null);
  return (
    <div className="first-run">
      <div className="first-run-card">
        <h1 id="page-title" tabIndex={-1}>
          {t('firstRun.title')}
        </h1>
        <p className="muted">{t('firstRun.intro')}</p>
        {profile ? (
          <WorkspaceStep profile={profile} repositories={repositories} readDemo={readDemo} now={now} onDone={onDone} />
        ) : (
          <ProfileStep repositories={repositories} onCreated={setProfile} />
        )}
      </div>
    </div>
  );
}
