/** 项目台账: every project in one grid, searchable, with its light and a running total. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../common/useApiQuery';
import { RegisterGrid } from './RegisterGrid';
import { RegisterToolbar } from './RegisterToolbar';
import { tallyRows, type RegisterTally } from './registerRow';

export function RegisterView() {
  const { t, i18n } = useTranslation();
  const [projects, reload] = useApiQuery('projects.list', {});
  const [search, setSearch] = useState('');
  const [tally, setTally] = useState<RegisterTally | null>(null);
  const onTally = useCallback((next: RegisterTally) => setTally(next), []);

  if (projects.status === 'loading') {
    return <div className="view-state" role="status">{t('register.loading')}</div>;
  }
  if (projects.status === 'error') {
    return (
      <div className="view-state view-error" role="alert">
        <p>{t('register.loadFailed', { message: i18n.resolvedLanguage === 'en' ? projects.messageEn : projects.message })}</p>
        <button type="button" className="button-secondary" onClick={reload}>{t('register.retry')}</button>
      </div>
    );
  }
  const rows = projects.data;
  return (
    <section className="register" aria-label={t('register.title')}>
      <RegisterToolbar search={search} onSearch={setSearch} tally={tally ?? tallyRows(rows)} total={rows.length} />
      <RegisterGrid projects={rows} quickFilter={search} onTally={onTally} />
    </section>
  );
}
