/** Strings of 首页, registered under the `home` namespace. */
import i18n from '../i18n';

export const zh = {
  title: '{{month}} 重大项目推进情况',
  asOf: '截至 {{date}}',
  month: '月份',
  print: '打印',
  loading: '正在汇总…',
  failed: '读取失败：{{message}}',
  unit: '金额单位：{{unit}}',
  cards: {
    count: '在库项目', countValue: '{{count}} 个',
    total: '总投资', plan: '年度计划投资', ytd: '{{span}}完成投资', rate: '完成率 {{rate}}',
    unknown: '其中 {{count}} 个项目未填',
  },
  events: { title: '新进展', event: '节点', month: '{{month}}', year: '{{year}}年累计', 签约: '新签约', 开工: '新开工', 竣工: '新竣工', 投产: '新投产' },
  red: '红灯项目（逾期）', yellow: '黄灯项目（预警）', none: '无',
  more: '全部 {{count}} 个',
  problems: { title: '逾期卡点', none: '没有逾期的卡点', late: '逾期 {{days}} 天', department: '责任单位：{{name}}' },
  watched: { title: '关注项目', none: '还没有关注的项目：在红黄灯项目或项目详情中点 ☆ 关注', add: '关注「{{name}}」', remove: '取消关注「{{name}}」' },
  people: { leader: '按责任领导', unit: '按责任单位', name: '名称', count: '项目', red: '红灯', yellow: '黄灯', total: '总投资' },
  linkLabel: { all: '首页：在库项目', event: '首页：{{period}}{{event}}', red: '首页：红灯项目', yellow: '首页：黄灯项目', person: '首页：{{name}}', personRed: '首页：{{name}} 红灯', personYellow: '首页：{{name}} 黄灯' },
};

export const en: typeof zh = {
  title: 'Major projects, {{month}}',
  asOf: 'As of {{date}}',
  month: 'Month',
  print: 'Print',
  loading: 'Summing up…',
  failed: 'Could not load: {{message}}',
  unit: 'Amounts in {{unit}}',
  cards: {
    count: 'Projects', countValue: '{{count}}',
    total: 'Total investment', plan: 'Annual plan', ytd: 'Completed {{span}}', rate: 'Rate {{rate}}',
    unknown: '{{count}} not given',
  },
  events: { title: 'Progress', event: 'Milestone', month: '{{month}}', year: '{{year}} to date', 签约: 'Signed', 开工: 'Started', 竣工: 'Completed', 投产: 'In production' },
  red: 'Red (overdue)', yellow: 'Yellow (warning)', none: 'None',
  more: 'All {{count}}',
  problems: { title: 'Overdue problems', none: 'No overdue problems', late: '{{days}} days late', department: 'Asked: {{name}}' },
  watched: { title: 'Watch list', none: 'No watched projects yet: click ☆ on a red or yellow project, or in its details', add: 'Watch "{{name}}"', remove: 'Stop watching "{{name}}"' },
  people: { leader: 'By leader', unit: 'By responsible unit', name: 'Name', count: 'Projects', red: 'Red', yellow: 'Yellow', total: 'Total investment' },
  linkLabel: { all: 'Home: all projects', event: 'Home: {{event}} {{period}}', red: 'Home: red projects', yellow: 'Home: yellow projects', person: 'Home: {{name}}', personRed: 'Home: {{name}} red', personYellow: 'Home: {{name}} yellow' },
};

i18n.addResourceBundle('zh', 'home', zh, true, true);
i18n.addResourceBundle('en', 'home', en, true, true);
