import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The files linted here exist only as text: the type-aware rules (which need a file of the
// TypeScript project) are off, the import rules under test are the project's own.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off', '@typescript-eslint/await-thenable': 'off' },
  },
});

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering is enforced by the linter', () => {
  it('shared/ imports neither side nor Node', async () => {
    expect(await importErrors('shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).not.toEqual([]);
    expect(await importErrors('shared/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n")).not.toEqual([]);
    expect(await importErrors('shared/x.ts', "import { api } from '../renderer/src/api/client';\nexport const a = api;\n")).not.toEqual([]);
    expect(await importErrors('shared/x.ts', "import { handlers } from '../electron/services/index';\nexport const a = handlers;\n")).not.toEqual([]);
  });

  it('renderer/ never imports electron/, Electron or Node', async () => {
    expect(await importErrors('renderer/src/x.ts', "import { handlers } from '../../electron/services/index';\nexport const a = handlers;\n")).not.toEqual([]);
    expect(await importErrors('renderer/src/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n")).not.toEqual([]);
    expect(await importErrors('renderer/src/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n")).not.toEqual([]);
  });

  it('electron/services and electron/db never import electron', async () => {
    expect(await importErrors('electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await importErrors('electron/db/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
  });

  it('allowed imports pass', async () => {
    expect(await importErrors('renderer/src/x.ts', "import { formatAmount } from '../../shared/domain/money';\nexport const a = formatAmount;\n")).toEqual([]);
    expect(await importErrors('electron/shell/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await importErrors('electron/services/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toEqual([]);
  });
});

describe('exceljs sits behind one module', () => {
  it('only electron/services/excel/exceljs.ts may import it', async () => {
    const code = "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;\n";
    expect(await importErrors('electron/services/reports/x.ts', code)).not.toEqual([]);
    expect(await importErrors('electron/cli/x.ts', code)).not.toEqual([]);
    expect(await importErrors('tests/integration/x.test.ts', code)).not.toEqual([]);
    expect(await importErrors('electron/services/excel/exceljs.ts', code)).toEqual([]);
    const wrapper = "import { newWorkbook } from '../excel/exceljs';\nexport const a = newWorkbook;\n";
    expect(await importErrors('electron/services/reports/x.ts', wrapper)).toEqual([]);
  });
});
