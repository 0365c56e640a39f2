/** Red or yellow projects with their reasons and 责任领导; a ☆ adds one to the user's 关注项目. */
import { useTranslation } from 'react-i18next';
import type { LitProject } from '../../../shared/domain/home';
import { projectHref } from '../app/useHashRoute';
import { registerHrefForIds } from '../register/routeSlice';
import { WatchToggle } from './WatchToggle';

const SHOWN = 8;

interface Props {
  title: string;
  projects: LitProject[];
  color: 'red' | 'yellow' | 'watch';
  linkLabel: string;
  empty: string;
  watched: ReadonlySet<number>;
  onWatch: (id: number, watched: boolean) => void;
}

export function LitList({ title, projects, color, linkLabel, empty, watched, onWatch }: Props) {
  const { t, i18n } = useTranslation('home');
  const en = i18n.resolvedLanguage === 'en';
  const headingId = `home-${color}`;
  return (
    <section className={`home-panel home-lit home-lit-${color}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <span className="home-count">{projects.length}</span>
        {projects.length > SHOWN && <a className="home-more" href={registerHrefForIds(projects.map((p) => p.id), linkLabel)}>{t('more', { count: projects.length })}</a>}
      </h3>
      {projects.length === 0 ? <p className="home-empty">{empty}</p> : (
        <ul>
          {projects.slice(0, color === 'watch' ? projects.length : SHOWN).map((p) => (
            <li key={p.id}>
              <span className={`light-dot c-${p.color}`} aria-hidden="true" />
              <span className="home-lit-main">
                <a href={projectHref(p.id)}>{p.name}</a>
                <span className="home-lit-reason">{en ? p.reasonEn : p.reason}{p.leader ? ` · ${p.leader}` : ''}</span>
              </span>
              <WatchToggle id={p.id} name={p.name} watched={watched.has(p.id)} onWatch={onWatch} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
