import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Profile, type Role } from '../../../shared/domain/types';
import { useDesk, writeContext } from '../../workspace/desk';
import { ErrorAlert } from '../../ui/Feedback';
import { PinField } from '../../ui/PinField';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextField } from '../../ui/TextField';
import { errorReason, useT, type PlainMessageKey } from '../../i18n';
import './people.css';

const NAME_MAX = 40;
const PIN_PATTERN = /^\d{4,8}$/;

/** Adds a local person (name, role, optional PIN); used in 设置 and in the person switcher. */
export function AddPersonForm({ existing, onAdded }: { existing: readonly Profile[]; onAdded: (profile: Profile) => void }) {
  const t = useT();
  const ids = useId();
  const repositories = useDesk((state) => state.repositories);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const found: PlainMessageKey | null = !trimmed
      ? 'people.nameRequired'
      : trimmed.length > NAME_MAX
        ? 'people.nameTooLong'
        : existing.some((profile) => profile.name === trimmed && profile.role === role)
          ? 'people.nameTaken'
          : pin !== '' && !PIN_PATTERN.test(pin)
            ? 'people.pinInvalid'
            : null;
    setProblem(found);
    setFailure(null);
    setAdded(null);
    if (found || !repositories) return;
    setBusy(true);
    try {
      const profile = await repositories.profiles.create({ name: trimmed, role, pin: pin === '' ? null : pin }, writeContext());
      setName('');
      setPin('');
      setAdded(t('people.created', { name: profile.name, role: t(`role.${profile.role}`) }));
      onAdded(profile);
    } catch (error) {
      setFailure(t('people.createFailed', { reason: errorReason(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-person" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('people.addTitle')}</h3>
      <div className="add-person-fields">
        <TextField
          id={`${ids}-name`}
          label={t('people.name')}
          value={name}
          autoComplete="off"
          aria-invalid={problem === 'people.nameRequired' || problem === 'people.nameTooLong' || problem === 'people.nameTaken'}
          onValue={setName}
        />
        <RadioGroup
          name={`${ids}-role`}
          legend={t('people.role')}
          choices={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          checked={role}
          onValue={setRole}
        />
        <PinField
          id={`${ids}-pin`}
          label={t('people.pinOptional')}
          autoComplete="new-password"
          value={pin}
          aria-invalid={problem === 'people.pinInvalid'}
          onValue={setPin}
        />
      </div>
      <p className="hint">
        {t('people.roleHint')} {t('people.pinHint')}
      </p>
      <ErrorAlert message={failure ?? (problem ? t(problem) : null)} />
      {added ? (
        <p className="ok-text" role="status">
          {added}
        </p>
      ) : null}
      <button type="submit" className="button secondary" disabled={busy}>
        {busy ? t('people.creating') : t('people.create')}
      </button>
    </form>
  );
}
