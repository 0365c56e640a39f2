/** 修改密码: the current password, the new one twice; the server checks the current one and the length rule. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import i18n from '../i18n';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('team');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (done) return onClose();
    if (next !== again) return setError(t('password.mismatch'));
    setBusy(true);
    try {
      await api('session.changePassword', { current, next });
      setError(null);
      setDone(true);
    } catch (err) {
      setError(errorText(err, i18n.resolvedLanguage === 'en'));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Dialog title={t('password.title')} onClose={onClose} onSubmit={onClose} submitLabel="OK">
        <p role="status">{t('password.done')}</p>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('password.title')} onClose={onClose} onSubmit={() => void submit()} submitLabel={t('password.save')} cancelLabel={t('password.cancel')} busy={busy} error={error}>
      <label className="form-field">
        <span>{t('password.current')}</span>
        <input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" autoFocus />
      </label>
      <label className="form-field">
        <span>{t('password.next')}</span>
        <input type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
      </label>
      <label className="form-field">
        <span>{t('password.again')}</span>
        <input type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" />
      </label>
    </Dialog>
  );
}
