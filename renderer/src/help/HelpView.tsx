/** 使用说明: the monthly round, the light rules as set now, amounts, keys and data safety, on one page. */
import './strings';
import '../common/lightDots.css';
import './help.css';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../common/useApiQuery';
import { lightRules } from '../../../shared/domain/lightRules';

export function HelpView() {
  const { t, i18n } = useTranslation('help');
  const en = i18n.resolvedLanguage === 'en';
  const [settings] = useApiQuery('settings.get', {});
  const steps = t('month.steps', { returnObjects: true }) as string[];
  const keys = t('keys.rows', { returnObjects: true }) as Array<[string, string]>;
  return (
    <article className="help" aria-label={t('month.title')}>
      <p className="help-intro">{t('intro')}</p>
      <section>
        <h3>{t('month.title')}</h3>
        <ol>{steps.map((s) => <li key={s}>{s}</li>)}</ol>
      </section>
      <section aria-labelledby="help-lights">
        <h3 id="help-lights">{t('lights.title')}</h3>
        {settings.status === 'ok' ? (
          <ul className="help-lights">
            {lightRules(settings.data).map((r) => <li key={r.zh}><span className={`light-dot c-${r.color}`} aria-hidden="true" />{en ? r.en : r.zh}</li>)}
          </ul>
        ) : <p>{t('loading')}</p>}
        <p className="help-hint">{t('lights.hint')}</p>
      </section>
      <section>
        <h3>{t('money.title')}</h3>
        <p>{t('money.text')}</p>
      </section>
      <section>
        <h3>{t('keys.title')}</h3>
        <table className="help-keys"><tbody>{keys.map(([k, what]) => <tr key={k}><th scope="row"><kbd>{k}</kbd></th><td>{what}</td></tr>)}</tbody></table>
      </section>
      <section>
        <h3>{t('data.title')}</h3>
        <p>{t('data.text')}</p>
      </section>
    </article>
  );
}
