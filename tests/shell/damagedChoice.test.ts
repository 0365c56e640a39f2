/**
 * A damaged database.json (the desktop app's choice of register): the app opens the register on
 * this PC and says so; it never guesses a server. The file is set aside so the message comes once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fake, until } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron());

const choiceFile = path.join(fake.userData, 'database.json');

beforeAll(async () => {
  fs.writeFileSync(choiceFile, '{"kind":"team","url":"https://192.168.1.20:54');
  const { runShell } = await import('../../electron/shell/app');
  runShell();
  await until(() => fake.messages.length > 0);
});

describe('a damaged database choice', () => {
  it('starts on the register on this PC and says why', () => {
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.urls).toEqual(['app://ledger/index.html']);
    expect(fake.messages[0]!.message).toMatch(/^数据库设置文件已损坏，已改为打开本机台账。/);
    expect(fake.messages[0]!.detail).toMatch(/^The database settings file is damaged; the register on this PC was opened instead\./);
    expect(fs.existsSync(`${choiceFile}.damaged`)).toBe(true);
    expect(fs.existsSync(choiceFile)).toBe(false);
    expect(fake.errors).toEqual([]);
  });

  it('the reader refuses a file that is valid JSON but not a choice it wrote, and reads its own', async () => {
    const { readDatabaseChoice, writeDatabaseChoice } = await import('../../electron/shell/databaseChoice');
    const file = path.join(fs.mkdtempSync(path.join(fake.userData, 'c-')), 'database.json');
    expect(readDatabaseChoice(file)).toEqual({ choice: { kind: 'local' } });
    const fingerprint = Array.from({ length: 32 }, (_, i) => (i * 7 + 16).toString(16).toUpperCase().padStart(2, '0').slice(-2)).join(':');
    writeDatabaseChoice(file, { kind: 'team', url: 'https://192.168.1.20:5443', fingerprint });
    expect(readDatabaseChoice(file)).toEqual({ choice: { kind: 'team', url: 'https://192.168.1.20:5443', fingerprint } });
    for (const bad of [{ kind: 'team', url: 'http://192.168.1.20:5443', fingerprint }, { kind: 'team', url: 'https://192.168.1.20:5443', fingerprint: 'AB:CD' }, { kind: 'cloud' }, []]) {
      fs.writeFileSync(file, JSON.stringify(bad));
      const read = readDatabaseChoice(file);
      expect(read.choice).toEqual({ kind: 'local' });
      expect(read.problem?.message).toContain('已损坏');
    }
  });
});
