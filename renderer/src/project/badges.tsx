/** The stage tag and the light with its reason, as shown in a project's header. */
import type { ProjectLight, Stage } from '../../../shared/domain/types';
import { stageTone } from '../register/StageCell';

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`stage stage-${stageTone(stage)}`}>{stage}</span>;
}

export function LightBadge({ light }: { light: ProjectLight }) {
  return (
    <span className={`light light-${light.color} light-badge`} title={light.reason}>
      <span className="light-dot" aria-hidden="true" />
      {light.color === 'green' || !light.reason ? light.label : light.reason}
    </span>
  );
}
