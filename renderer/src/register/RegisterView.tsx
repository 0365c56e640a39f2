/** 项目台账, and a project's 项目详情 at `#/project/<id>` (a page of the register). */
import { useTranslation } from 'react-i18next';
import { useRoute } from '../app/useHashRoute';
import { ProjectView } from '../project/ProjectView';
import { RegisterWorkbench } from './RegisterWorkbench';
import { useRegisterData } from './useRegisterData';
import { ClosedMonthBanner, ClosedMonthPicker } from '../common/ClosedMonthPicker';
import './strings';
import './loadingStrings';
import './loading.css';
import './register.css';

export function RegisterView() {
  const route = useRoute();
  const projectId = route.segments[0] === 'project' ? Number(route.segments[1]) : null;
  if (projectId !== null) return <ProjectView key={projectId} id={projectId} />;
  return <RegisterPage params={route.params} />;
}

function RegisterPage({ params }: { params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const month = params.get('month');
  const { data, reload, replace, firstRowsDrawn } = useRegisterData(month);
  if (data.status === 'loading') {
    return <div className="view-state" role="status">{t('register.loading')}</div>;
  }
  if (data.status === 'error') {
    return (
      <div className="view-state view-error" role="alert">
        <p>{t('register.loadFailed', { message: i18n.resolvedLanguage === 'en' ? data.messageEn : data.message })}</p>
        <button type="button" className="button-secondary" onClick={reload}>{t('register.retry')}</button>
      </div>
    );
  }
  // A closed month's rows are shown read-only under a banner naming the closing.
  const monthBar = (
    <div className="closed-month-bar">
      <ClosedMonthPicker month={month} />
      {data.closing && <ClosedMonthBanner closing={data.closing} />}
      {data.partialOf !== null && (
        <span className="register-partial" role="status">{t('registerLoading:rest', { shown: data.projects.length, count: data.partialOf })}</span>
      )}
    </div>
  );
  return (
    <RegisterWorkbench key={month ?? 'live'} projects={data.projects} display={data.display} ytdMonth={data.ytdMonth} lists={data.lists}
      params={params} replace={replace} readOnly={data.closing !== null} monthBar={monthBar} partial={data.partialOf !== null}
      onFirstRows={firstRowsDrawn} />
  );
}
