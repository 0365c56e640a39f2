/** Every area's handlers joined into the whole API; the type checks that no contract method is missing. */

import type { AllHandlers } from './context';
import { projectHandlers } from './projects';
import { nodeHandlers } from './nodes';
import { nodeTemplateHandlers } from './nodeTemplates';
import { monthlyHandlers } from './monthly';
import { settingsHandlers } from './settings';
import { codeListHandlers } from './codeLists';
import { templateHandlers } from './templates';
import { rollupHandlers } from './rollups';
import { historyHandlers } from './history';
import { dataHandlers } from './data';
import { restoreHandlers } from './restore';
import { importHandlers } from './import/handlers';
import { viewHandlers } from './views';
import { reportHandlers } from './reports/index';
import { homeHandlers } from './home';
import { problemHandlers } from './problems';
import { roundHandlers } from './rounds/handlers';
import { monthEndHandlers } from './monthEnd/handlers';
import { accountHandlers } from './team/accounts';
import { editHandlers } from './edits';

export const handlers: AllHandlers = {
  ...projectHandlers,
  ...nodeHandlers,
  ...nodeTemplateHandlers,
  ...monthlyHandlers,
  ...settingsHandlers,
  ...codeListHandlers,
  ...templateHandlers,
  ...rollupHandlers,
  ...historyHandlers,
  ...dataHandlers,
  ...restoreHandlers,
  ...importHandlers,
  ...viewHandlers,
  ...reportHandlers,
  ...homeHandlers,
  ...problemHandlers,
  ...roundHandlers,
  ...monthEndHandlers,
  ...accountHandlers,
  ...editHandlers,
};
