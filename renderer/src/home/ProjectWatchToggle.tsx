/** The ☆ 关注 toggle beside a project's title in 项目详情: the same watch list 首页 shows. */
import { api } from '../api/client';
import { useApiQuery } from '../common/useApiQuery';
import './strings';
import { WatchToggle } from './WatchToggle';

export function ProjectWatchToggle({ id, name }: { id: number; name: string }) {
  const [watched, reload] = useApiQuery('home.watched', {});
  if (watched.status !== 'ok') return null;
  const on = watched.data.includes(id);
  return <WatchToggle id={id} name={name} watched={on} onWatch={(projectId, next) => void api('home.watch', { projectId, watched: next }).then(reload)} />;
}
