/** The 阶段 cell: the stage as a soft tag, tinted by how far the project has come. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { stageText } from '../common/domainText';
import type { Stage } from '../../../shared/domain/types';
import type { GridRow } from './registerRow';

const TONE: Record<Stage, string> = {
  在谈: 'talk',
  已签约: 'signed',
  在建: 'building',
  已竣工: 'done',
  已投产: 'running',
  已达产: 'running',
  停滞: 'stalled',
  终止: 'stopped',
};

export function StageCell({ data }: CustomCellRendererProps<GridRow>) {
  const { i18n } = useTranslation();
  if (data?.kind !== 'project') return null;
  return <span className={`stage stage-${TONE[data.p.stage]}`}>{stageText(data.p.stage, i18n.resolvedLanguage === 'en')}</span>;
}

export function stageTone(stage: Stage): string {
  return TONE[stage];
}
