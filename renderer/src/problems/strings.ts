/** Strings of 卡点督办 (the 督办清单 in 月度调度 and the 卡点 tab of 项目详情), namespace `problems`. */
import i18n from '../i18n';

export const zh = {
  columns: {
    status: '督办状态', project: '项目', node: '卡点节点', text: '卡点问题', department: '责任单位', promisedOn: '承诺解决时间',
    leader: '责任领导', createdAt: '登记日期', resolution: '解决情况', actions: '操作',
  },
  wholeProject: '（全项目）',
  add: '登记卡点',
  edit: '修改',
  resolve: '解决',
  reopen: '重新打开',
  remove: '删除',
  removeConfirm: '删除卡点「{{text}}」？只用于登记错误的卡点；已解决的请用“解决”。',
  open: '打开项目',
  form: {
    addTitle: '登记卡点', editTitle: '修改卡点', node: '卡点节点', noNode: '（不关联节点：影响整个项目）',
    text: '卡点问题', textHint: '例如：施工图审查意见未回复',
    department: '责任单位（负责解决的部门）', departmentHint: '可从列表选择，也可直接输入',
    promisedOn: '承诺解决时间', promisedHint: '过了承诺时间仍未解决，卡点节点亮红灯',
    save: '保存', cancel: '取消',
  },
  resolveForm: { title: '解决卡点', problem: '卡点', resolution: '解决情况', resolutionHint: '例如：已协调住建局出具审查意见', resolvedOn: '解决日期', submit: '标记为已解决', cancel: '取消' },
  tab: {
    intro: '卡点由责任单位承诺解决时间；逾期未解决的卡点使所在节点（未关联节点的使整个项目）亮红灯，并列入月度调度的督办清单。',
    empty: '这个项目没有登记卡点。',
    solved: '已解决 {{count}} 项',
    solvedOn: '{{date}} 解决：{{resolution}}',
    reddens: '已使「{{node}}」亮红灯',
    reddensProject: '已使项目亮红灯',
  },
  list: {
    summary: '截至 {{today}}：未解决 {{open}} 项，',
    overdueCount: '其中逾期 {{overdue}} 项',
    allDepartments: '全部责任单位',
    departmentOption: '{{name}}（{{open}}项，逾期{{overdue}}）',
    department: '责任单位',
    status: '状态',
    statuses: { open: '未解决', overdue: '仅逾期', resolved: '已解决', all: '全部' },
    search: '搜索项目或卡点',
    export: '导出督办单',
    exportAll: '导出督办单（各单位分表）',
    exported: '已导出 {{file}}',
    empty: '没有符合条件的卡点。',
    emptyOpen: '没有未解决的卡点。在项目详情的“卡点”页登记卡点后，会列在这里。',
    count: '{{count}} 项',
  },
};

export const en: typeof zh = {
  columns: {
    status: 'Status', project: 'Project', node: 'Node', text: 'Problem', department: 'Department asked', promisedOn: 'Promised by',
    leader: 'Leader', createdAt: 'Recorded', resolution: 'Resolution', actions: 'Actions',
  },
  wholeProject: '(whole project)',
  add: 'Record a problem',
  edit: 'Edit',
  resolve: 'Solve',
  reopen: 'Reopen',
  remove: 'Delete',
  removeConfirm: 'Delete the problem "{{text}}"? Only for a problem recorded by mistake; use Solve for one that was solved.',
  open: 'Open project',
  form: {
    addTitle: 'Record a problem', editTitle: 'Edit problem', node: 'Node held up', noNode: '(no node: the whole project)',
    text: 'Problem', textHint: 'e.g. no reply yet on the construction drawing review',
    department: 'Department asked to solve it', departmentHint: 'pick from the list or type a name',
    promisedOn: 'Promised by', promisedHint: 'past this date and still open, the node turns red',
    save: 'Save', cancel: 'Cancel',
  },
  resolveForm: { title: 'Solve problem', problem: 'Problem', resolution: 'How it was solved', resolutionHint: 'e.g. the housing bureau issued its review', resolvedOn: 'Date solved', submit: 'Mark as solved', cancel: 'Cancel' },
  tab: {
    intro: 'Each problem has a department asked to solve it and a promised date; one still open past its date turns its node (or, with no node, the whole project) red and is listed in Monthly › Problem list.',
    empty: 'No problems recorded for this project.',
    solved: '{{count}} solved',
    solvedOn: 'solved {{date}}: {{resolution}}',
    reddens: 'turns "{{node}}" red',
    reddensProject: 'turns the project red',
  },
  list: {
    summary: 'As of {{today}}: {{open}} open, ',
    overdueCount: '{{overdue}} overdue',
    allDepartments: 'All departments',
    departmentOption: '{{name}} ({{open}} open, {{overdue}} overdue)',
    department: 'Department',
    status: 'Status',
    statuses: { open: 'Open', overdue: 'Overdue only', resolved: 'Solved', all: 'All' },
    search: 'Search project or problem',
    export: 'Export follow-up sheet',
    exportAll: 'Export follow-up sheets (a sheet per department)',
    exported: 'Saved {{file}}',
    empty: 'No problems match.',
    emptyOpen: 'No open problems. Problems recorded on a project\'s Problems tab are listed here.',
    count: '{{count}} problems',
  },
};

i18n.addResourceBundle('zh', 'problems', zh, true, true);
i18n.addResourceBundle('en', 'problems', en, true, true);
