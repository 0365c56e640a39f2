/** ☆/★: adds a project to the user's 关注项目 or takes it off. */
import { useTranslation } from 'react-i18next';

interface Props {
  id: number;
  name: string;
  watched: boolean;
  onWatch: (id: number, watched: boolean) => void;
}

export function WatchToggle({ id, name, watched, onWatch }: Props) {
  const { t } = useTranslation('home');
  const label = watched ? t('watched.remove', { name }) : t('watched.add', { name });
  return (
    <button type="button" className={`watch-toggle ${watched ? 'on' : ''}`} aria-pressed={watched} aria-label={label} title={label} onClick={() => onWatch(id, !watched)}>
      {watched ? '★' : '☆'}
    </button>
  );
}
