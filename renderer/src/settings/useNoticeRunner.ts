/** Runs one action of a panel: busy while it runs, then its message (or the error) as the panel's notice. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../common/errorText';

export type Notice = { tone: 'ok' | 'error'; text: string } | null;

export function useNoticeRunner(afterSuccess: () => void) {
  const { i18n } = useTranslation();
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  /** `work` returns the message to show; true when it succeeded. */
  const run = async (work: () => Promise<string>): Promise<boolean> => {
    setBusy(true);
    try {
      setNotice({ tone: 'ok', text: await work() });
      afterSuccess();
      return true;
    } catch (err) {
      setNotice({ tone: 'error', text: errorText(err, i18n.resolvedLanguage === 'en') });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { notice, setNotice, busy, run };
}
