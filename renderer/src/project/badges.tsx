/** The stage tag and the light with its reason, as shown in a project's header. */
import { useTranslation } from 'react-i18next';
import type { ProjectLight, Stage } from '../../../shared/domain/types';
import { lightReason, lightText, stageText } from '../common/domainText';
import { stageTone } from '../register/StageCell';

export function StageBadge({ stage }: { stage: Stage }) {
  const { i18n } = useTranslation();
  return <span className={`stage stage-${stageTone(stage)}`}>{stageText(stage, i18n.resolvedLanguage === 'en')}</span>;
}

export function LightBadge({ light }: { light: ProjectLight }) {
  const { i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  return (
    <span className={`light light-${light.color} light-badge`} title={lightReason(light, en)}>
      <span className="light-dot" aria-hidden="true" />
      {lightText(light, en)}
    </span>
  );
}
