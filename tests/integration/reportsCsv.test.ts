import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvSafeText, isSafeHyperlink, startsLikeFormula } from '../../shared/reports/cellText';
import { toCsv } from '../../shared/reports/csv';
import { projectListCsv } from '../../shared/reports/projectCsv';
import { suggestCsvFileName, suggestReportFileName } from '../../shared/reports/fileName';
import { openTemp, TODAY } from './helpers';

describe('formula guard', () => {
  it('keeps every formula trigger, half- and full-width, as literal text', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', '＝1', '＋1', '－1', '＠x']) {
      expect(startsLikeFormula(text), JSON.stringify(text)).toBe(true);
      expect(csvSafeText(text)).toBe(`'${text}`);
    }
    for (const text of ['卫蓝新能源', '1,200万元', '', '（一期）']) expect(csvSafeText(text)).toBe(text);
  });

  it('allows hyperlinks to http(s) only', () => {
    expect(isSafeHyperlink('https://www.huzhou.gov.cn/a?b=1')).toBe(true);
    expect(isSafeHyperlink('http://x')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///C:/Windows', '\\\\server\\share', 'ftp://x', 'http://x" onmouseover=']) expect(isSafeHyperlink(url), url).toBe(false);
  });
});

describe('CSV of a grid view', () => {
  it('is UTF-8 text with a BOM and CRLF lines that a CSV reader takes back field for field', () => {
    const csv = toCsv(['名称', '金额'], [['a,"b"', 12.5], ['=HYPERLINK("http://x","y")', null], ['两行\n文字', 0]]);
    expect(csv.startsWith('\uFEFF名称,金额\r\n')).toBe(true);
    const rows = parse(csv.slice(1), { relax_column_count: false }) as string[][];
    expect(rows).toEqual([['名称', '金额'], ['a,"b"', '12.5'], ['\'=HYPERLINK("http://x","y")', ''], ['两行\n文字', '0']]);
  });

  it('the project list keeps a formula-like name literal and amounts exact in 万元', async () => {
    const ledger = await openTemp({ seed: true });
    try {
      await ledger.send('projects.create', { code: 'X-1', name: '=HYPERLINK("http://x","y")', totalInvestment: 123_456_789 });
      const rows = parse(projectListCsv(await ledger.send('projects.list', {}), '万元').slice(1)) as string[][];
      const x = rows.find((r) => r[0] === 'X-1')!;
      expect(x[1]).toBe('\'=HYPERLINK("http://x","y")');
      expect(x[8]).toBe('12345.6789');
      const weilan = rows.find((r) => r[1]!.includes('卫蓝新能源年产'))!;
      expect(weilan[8]).toBe('1390000');
      expect(rows.length).toBe(1 + (await ledger.send('projects.list', {})).length);
    } finally {
      await ledger.close();
    }
  });
});

describe('reports.csv: a grid view encoded by the service', () => {
  const header = ['项目名称', '建设单位', '总投资（万元）'];
  const rows = [['𠀀䶮新材料项目', '湖州䶮𠀀科技有限公司', 12345.6789], ['=HYPERLINK("http://x","y")', '－1', null]];

  it('writes GB18030 on request, rare 4-byte characters included, with no BOM and the formula guard kept', async () => {
    const ledger = await openTemp();
    try {
      const file = await ledger.send('reports.csv', { title: '项目台账', header, rows, encoding: 'gb18030' });
      expect(file.fileName).toBe(`项目台账_${TODAY}.csv`);
      const bytes = Buffer.from(file.base64, 'base64');
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      // U+20000 is the 4-byte GB18030 sequence 95 32 82 36; it must not have become "?".
      expect(bytes.includes(Buffer.from([0x95, 0x32, 0x82, 0x36]))).toBe(true);
      const text = new TextDecoder('gb18030').decode(bytes);
      expect(parse(text)).toEqual([header, ['𠀀䶮新材料项目', '湖州䶮𠀀科技有限公司', '12345.6789'], ['\'=HYPERLINK("http://x","y")', '\'－1', '']]);
    } finally {
      await ledger.close();
    }
  });

  it('writes UTF-8 with a BOM by default, the same text', async () => {
    const ledger = await openTemp();
    try {
      const file = await ledger.send('reports.csv', { title: '投资汇总/按产业链', header, rows });
      expect(file.fileName).toBe(`投资汇总按产业链_${TODAY}.csv`);
      const bytes = Buffer.from(file.base64, 'base64');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(parse(text.slice(1))[1]).toEqual(['𠀀䶮新材料项目', '湖州䶮𠀀科技有限公司', '12345.6789']);
    } finally {
      await ledger.close();
    }
  });

  it('refuses an unknown encoding in Chinese', async () => {
    const ledger = await openTemp();
    try {
      await expect(ledger.send('reports.csv', { title: 'x', header, rows, encoding: 'latin1' as 'gb18030' })).rejects.toThrow(/编码应为/);
    } finally {
      await ledger.close();
    }
  });
});

describe('suggested file names', () => {
  it('name the unit, the report and the months, without characters Windows refuses', () => {
    expect(suggestReportFileName('progress', '2026-11', '区投资促进局')).toBe('区投资促进局_重大项目推进情况表_2026年1-11月.xlsx');
    expect(suggestReportFileName('gantt', '2026-01', '')).toBe('挂图作战图_2026年1月.xlsx');
    expect(suggestReportFileName('summary', '2025-12', '开发区/招商局:一处')).toBe('开发区招商局一处_投资汇总表_2025年1-12月.xlsx');
    expect(suggestCsvFileName('项目清单', '2026-11-22')).toBe('项目清单_2026-11-22.csv');
  });
});
