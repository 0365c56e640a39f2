/** 项目详情: a project's header (stage, light, code) over tabs for its fields, nodes, monthly figures and history. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute, viewHref } from '../app/useHashRoute';
import { currentNodeText } from '../common/domainText';
import { LightBadge, StageBadge } from './badges';
import { HistoryTable } from './HistoryTable';
import { MonthlyTable } from './MonthlyTable';
import { NodeTable } from './NodeTable';
import { ProblemTable } from './ProblemTable';
import { ProjectFieldsForm } from './ProjectFieldsForm';
import { useProjectData, type ProjectWrite } from './useProjectData';
import './strings';
import './project.css';
import { formatLocalDateTime } from '../../../shared/domain/localTime';
import { confirmLeave } from '../app/leaveGuard';
import { ProjectWatchToggle } from '../home/ProjectWatchToggle';
import { PrintButton } from '../common/PrintButton';
import { useUndoKeys } from '../common/useUndoKeys';
import { Toast, type ToastMessage } from '../common/Toast';
import { usePermissions } from '../team/permissions';
import '../team/strings';

const TABS = ['info', 'nodes', 'problems', 'monthly', 'history'] as const;
type Tab = (typeof TABS)[number];

export function ProjectView({ id }: { id: number }) {
  const { t, i18n } = useTranslation('project');
  const route = useRoute();
  const en = i18n.resolvedLanguage === 'en';
  const { state, reload, refresh, write, loadKey } = useProjectData(id);
  const can = usePermissions();
  // The user's unsaved field texts, carried over 载入最新数据 after a conflict (see ProjectFieldsForm).
  const [carried, setCarried] = useState<Record<string, string | undefined> | null>(null);
  const reloadKeeping = (texts: Record<string, string | undefined>) => {
    setCarried(texts);
    reload();
  };
  // `?tab=problems` opens the page on that tab (the 督办清单 links to a project's 卡点).
  const [tab, setTab] = useState<Tab>(() => TABS.find((k) => k === route.params.get('tab')) ?? 'info');
  // History is re-read whenever something on the page was saved.
  const [saves, setSaves] = useState(0);
  const saved = async () => {
    await refresh();
    setSaves((n) => n + 1);
  };
  const writeAndNote: ProjectWrite = (call) => write(call).then((result) => {
    setSaves((n) => n + 1);
    return result;
  });

  // Ctrl+Z / Ctrl+Y: this project's field edits, through the history.
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const closeToast = useCallback(() => setToast(null), []);
  useUndoKeys({
    projectId: id,
    onDone: () => void saved(),
    notify: (text, tone) => setToast({ id: Date.now(), text, ...(tone ? { tone } : {}) }),
  });

  const from = route.params.get('from');
  const backTo = from === 'gantt' || from === 'monthly' || from === 'home' ? from : 'register';
  const backLabel = { gantt: 'backToGantt', monthly: 'backToMonthly', home: 'backToHome', register: 'back' } as const;
  const back = <a className="back-link" href={viewHref(backTo)}>‹ {t(backLabel[backTo])}</a>;
  if (state.status === 'loading') return <div className="view-state" role="status">{t('loading')}</div>;
  if (state.status === 'error') {
    return (
      <div className="view-state view-error" role="alert">
        <p>{state.code === 'not_found' ? t('notFound') : t('loadFailed', { message: en ? state.messageEn : state.message })}</p>
        {back}
      </div>
    );
  }
  const { project, nodes, monthly } = state.detail;
  // 团队版: a role (or a 填报 of another area) that may not change the project sees it read-only.
  const readOnly = !can.mayChange(project);
  return (
    <section className="project-page" aria-label={project.name}>
      <header className="project-head">
        {back}
        <div className="project-title-row">
          <h2 className="project-title">{project.name}</h2>
          <ProjectWatchToggle id={project.id} name={project.name} />
          <StageBadge stage={project.stage} />
          <LightBadge light={project.light} />
          {project.archived && <span className="badge badge-grey">{t('archived')}</span>}
          <PrintButton className="button-secondary small project-print" />
        </div>
        <div className="project-meta">
          <span>{project.code}</span>
          {project.company && <span>{project.company}</span>}
          {project.currentNode && <span>{t('currentNode', { name: currentNodeText(project.currentNode, en) })}</span>}
          <span>{t('version', { version: project.version })}</span>
          <span>{t('updatedAt', { at: formatLocalDateTime(project.updatedAt) })}</span>
        </div>
      </header>
      <div className="tabs" role="tablist">
        {TABS.map((key) => (
          <button key={key} type="button" role="tab" id={`tab-${key}`} aria-selected={tab === key} aria-controls={`panel-${key}`} className={tab === key ? 'tab active' : 'tab'} onClick={() => { if (key !== tab) void confirmLeave().then((leave) => leave && setTab(key)); }}>
            {t(`tabs.${key}`)}
            {key === 'nodes' && <span className="tab-count">{nodes.length}</span>}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {readOnly && tab !== 'history' && <p className="readonly-note" role="note">{t('team:readOnly.project', { role: can.roleName })}</p>}
        <fieldset className="readonly-panel" disabled={readOnly && tab !== 'history'}>
        {tab === 'info' && <ProjectFieldsForm key={project.version} project={project} display={state.display} lists={state.lists} today={state.today} onSaved={saved} onReload={reload}
          onReloadKeeping={reloadKeeping} carried={carried} onCarried={() => setCarried(null)} />}
        {tab === 'nodes' && <NodeTable key={loadKey} project={project} nodes={nodes} templates={state.templates} write={writeAndNote} onReload={reload} />}
        {tab === 'problems' && <ProblemTable project={project} nodes={nodes} today={state.today} write={writeAndNote} />}
        {tab === 'monthly' && <MonthlyTable key={loadKey} projectId={project.id} entries={monthly} display={state.display} today={state.today} write={writeAndNote} onReload={reload} />}
        {tab === 'history' && <HistoryTable projectId={project.id} display={state.display} refreshKey={saves} />}
        </fieldset>
      </div>
      <Toast toast={toast} onClose={closeToast} />
    </section>
  );
}
