/**
 * Property tests with independent oracles: random amounts and days written the ways lists write
 * them, read back by the importer's parsers. The oracle works on digit strings and BigInt (amounts)
 * and on JS Date from a UTC day count (dates); it never uses the parsers' patterns.
 */
import { MAX_AMOUNT_YUAN, parseAmount, type MoneyUnit } from '../../shared/domain/money';
import { parseImportDate } from '../../shared/import/dates';
import type { StressFamily } from './family';
import { check, seeded } from './lib';

const VALUES = 2_500;
const DAYS = 2_500;

const UNITS: Array<[MoneyUnit, number]> = [['元', 0], ['万元', 4], ['亿元', 8]];
const fullWidth = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** y 元 written in a unit with `e` decimals: integer part and the fraction without trailing zeros. */
function inUnit(y: bigint, e: number): { int: string; frac: string } {
  const scale = 10n ** BigInt(e);
  return { int: (y / scale).toString(), frac: e ? (y % scale).toString().padStart(e, '0').replace(/0+$/, '') : '' };
}

function amountCases(random: () => number): Array<{ input: string | number; unit: MoneyUnit; yuan: number; warning?: string }> {
  const cases: Array<{ input: string | number; unit: MoneyUnit; yuan: number; warning?: string }> = [];
  for (let i = 0; i < VALUES; i++) {
    // Every length from 1 digit up to the register's limit (100 万亿元).
    const digits = 1 + Math.floor(random() * 15);
    const y = BigInt(Math.min(Math.floor(random() * 10 ** digits), MAX_AMOUNT_YUAN));
    const yuan = Number(y);
    const [unit, e] = UNITS[i % UNITS.length]!;
    const { int, frac } = inUnit(y, e);
    const decimal = frac ? `${int}.${frac}` : int;
    cases.push({ input: decimal, unit, yuan });
    cases.push({ input: `${frac ? `${group(int)}.${frac}` : group(int)}${unit}`, unit: '元', yuan });
    cases.push({ input: fullWidth(`约${decimal}${unit}`), unit: '元', yuan, warning: 'approximate' });
    // A spreadsheet number cell in the column's unit: up to 15 significant digits survive a double.
    if (decimal.replace('.', '').replace(/^0+/, '').length <= 15) cases.push({ input: Number(decimal), unit, yuan });
    // One digit beyond 1 元, rounded half up.
    const extra = 1 + Math.floor(random() * 9);
    const rounded = yuan + (extra >= 5 ? 1 : 0);
    const fullFrac = e ? (y % 10n ** BigInt(e)).toString().padStart(e, '0') : '';
    if (rounded <= MAX_AMOUNT_YUAN) cases.push({ input: `${int}.${fullFrac}${extra}`, unit, yuan: rounded, warning: 'rounded' });
    // E notation as Excel shows a long number: d.ddd E+n.
    const s = y.toString();
    if (s.length > 1) cases.push({ input: `${s[0]}.${s.slice(1).replace(/0+$/, '') || '0'}E+${s.length - 1}`, unit: '元', yuan, warning: 'scientific' });
  }
  return cases;
}

/** Over the limit by a random amount: refused as too large, never wrapped or rounded into range. */
function tooLargeCases(random: () => number): string[] {
  return Array.from({ length: 500 }, () => (BigInt(MAX_AMOUNT_YUAN) + 1n + BigInt(Math.floor(random() * 1e12))).toString());
}

const amountsFamily: StressFamily = {
  name: 'property-amounts',
  budgetMs: 60_000,
  async run() {
    const cases = amountCases(seeded(20261122));
    const wrong: string[] = [];
    for (const c of cases) {
      const r = parseAmount(c.input, c.unit, { remark: true });
      if (!r.ok || r.yuan !== c.yuan || (c.warning !== undefined && !r.warnings.includes(c.warning as never)) || (c.warning === undefined && r.warnings.length > 0)) {
        wrong.push(`${JSON.stringify(c.input)} in ${c.unit}: expected ${c.yuan}${c.warning ? ` (${c.warning})` : ''}, got ${JSON.stringify(r)}`);
      }
    }
    const tooLarge = tooLargeCases(seeded(7));
    for (const t of tooLarge) {
      const r = parseAmount(t, '元');
      if (r.ok || r.reason !== 'too_large') wrong.push(`${t}: expected too_large, got ${JSON.stringify(r)}`);
    }
    check(cases.length >= 10_000, `only ${cases.length} amounts generated`);
    check(wrong.length === 0, `${wrong.length} of ${cases.length} amounts read wrong, e.g. ${wrong.slice(0, 3).join('; ')}`);
    return `${cases.length} amounts in 元/万元/亿元, grouped, full-width, approximate, number cells, rounded and E notation: all exact; ${tooLarge.length} over 100 万亿元 refused`;
  },
};

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const p2 = (n: number) => String(n).padStart(2, '0');

const datesFamily: StressFamily = {
  name: 'property-dates',
  budgetMs: 60_000,
  async run() {
    const random = seeded(4242);
    const first = Date.UTC(1951, 0, 1);
    const span = (Date.UTC(2099, 11, 31) - first) / DAY_MS;
    const wrong: string[] = [];
    let checked = 0;
    let dateTimes = 0;
    const expect = (input: string | number, iso: string | null) => {
      checked++;
      const r = parseImportDate(input);
      const ok = iso === null ? !r.ok : r.ok && r.date === iso && r.precision === 'day';
      if (!ok) wrong.push(`${JSON.stringify(input)}: expected ${iso ?? 'refusal'}, got ${JSON.stringify(r)}`);
    };
    for (let i = 0; i < DAYS; i++) {
      const ms = first + Math.floor(random() * span) * DAY_MS;
      const dt = new Date(ms);
      const [y, m, d] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
      const iso = dt.toISOString().slice(0, 10);
      const [h, min, sec] = [Math.floor(random() * 24), Math.floor(random() * 60), Math.floor(random() * 60)];
      expect(iso, iso);
      expect(`${y}/${m}/${d}`, iso);
      expect(fullWidth(`${y}年${m}月${d}日`), iso);
      expect(`${y}${p2(m)}${p2(d)}`, iso);
      // Date-times: the day is the date's, whatever the time.
      expect(`${y}/${m}/${d} ${h}:${p2(min)}`, iso);
      expect(`${y}-${p2(m)}-${p2(d)}T${p2(h)}:${p2(min)}:${p2(sec)}`, iso);
      expect(`${y}-${m}-${d} ${p2(h)}:${p2(min)}:${p2(sec)}.${Math.floor(random() * 1000)}`, iso);
      expect(`${y}/${p2(m)}/${p2(d)} ${h < 12 ? '上午' : '下午'}${h % 12 || 12}:${p2(min)}`, iso);
      expect((ms - EXCEL_EPOCH) / DAY_MS + (h * 60 + min) / 1440, iso);
      dateTimes += 5;
      // Not dates: the day after the month's last, and an hour past 23.
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      expect(`${y}-${m}-${last + 1}`, null);
      expect(`${y}/${m}/${d} ${24 + (h % 6)}:${p2(min)}`, null);
    }
    check(checked >= 10_000, `only ${checked} dates checked`);
    check(wrong.length === 0, `${wrong.length} of ${checked} dates read wrong, e.g. ${wrong.slice(0, 3).join('; ')}`);
    return `${checked} dates 1951–2099 (${dateTimes} date-times, ${DAYS * 2} impossible days and hours refused): all exact`;
  },
};

export function propertyFamilies(): StressFamily[] {
  return [amountsFamily, datesFamily];
}
