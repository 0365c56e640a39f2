/**
 * Which component draws each built view. A view missing here shows its placeholder. Each view
 * lives in its own folder (renderer/src/<view>/) and adds one line here.
 */
import type { ComponentType } from 'react';
import { RegisterView } from '../register/RegisterView';
import { RollupsView } from '../rollups/RollupsView';
import { ReportsView } from '../reports/ReportsView';
import { ImportView } from '../import/ImportView';
import { GanttView } from '../gantt/GanttView';
import { SettingsView } from '../settings/SettingsView';
import { MonthlyView } from '../monthly/MonthlyView';
import { HomeView } from '../home/HomeView';
import { HelpView } from '../help/HelpView';
import type { ViewId } from './views';

export const VIEW_COMPONENTS: Partial<Record<ViewId, ComponentType>> = {
  gantt: GanttView,
  help: HelpView,
  home: HomeView,
  import: ImportView,
  monthly: MonthlyView,
  register: RegisterView,
  rollups: RollupsView,
  reports: ReportsView,
  settings: SettingsView,
};
