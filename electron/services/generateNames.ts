/** Name pools and phrases for generated registers: plausible 湖州 companies, units, people and 形象进度. */

/** Relative weights of the default code lists (same order as DEFAULT_CODE_LISTS): uneven, as in a real register. */
export const CHAIN_WEIGHTS = [18, 11, 9, 14, 10, 10, 7, 6, 8, 7];
export const AREA_WEIGHTS = [5, 4, 6, 9, 5, 10, 6, 7, 6, 12, 8, 7, 6, 9];

/** Areas of 吴兴区 (the rest belong to 南太湖新区); used for unit names and the national code's district. */
export const WUXING_AREAS = new Set(['吴兴高新区', '织里镇', '埭溪镇', '八里店镇', '东部新城']);

/** What a project of each 产业链 is called: `{n}` is replaced by a capacity figure. */
export const PROJECT_NAMES: Record<string, string[]> = {
  新能源: ['年产{n}GWh动力电池项目', '储能电池系统集成项目', '高效光伏组件项目', '锂电正极材料项目', '氢燃料电池电堆项目', '充换电设备制造项目', '新能源汽车电机电控项目'],
  半导体及光电: ['功率半导体器件项目', '芯片封装测试项目', '光通信器件项目', '半导体设备零部件项目', 'MEMS传感器项目', '新型显示模组项目'],
  生物医药: ['生物药原液及制剂项目', '高端医疗器械项目', '创新药研发生产基地', '体外诊断试剂项目', '医用耗材智能工厂', '化妆品原料项目'],
  高端装备: ['智能装备制造项目', '工业机器人项目', '精密液压件扩产项目', '数控机床项目', '汽车零部件智能工厂', '精密锻件技改项目', '轨道交通装备项目'],
  数字经济: ['智算中心项目', '工业互联网平台项目', '软件和信息服务产业园', '数字内容产业基地', '智能终端制造项目'],
  新材料: ['高性能复合材料项目', '电子化学品项目', '特种纤维项目', '绿色新型建材项目', '高端金属材料项目', '功能膜材料项目'],
  绿色智能家居: ['智能家居产业园', '定制家具智能工厂', '绿色家居建材项目', '户外家具出口基地'],
  现代物流: ['智能仓储物流中心', '冷链物流基地', '多式联运物流园', '跨境电商物流分拨中心'],
  商贸文旅: ['商业综合体项目', '文旅度假区项目', '精品酒店项目', '沉浸式文旅街区', '运动休闲乐园'],
  城市建设: ['安置房建设工程', '未来社区改造工程', '道路提升工程', '学校新建工程', '排涝泵站工程', '邻里中心建设工程', '污水零直排提升工程'],
};

const BRAND_HEADS = ['华', '东', '天', '瑞', '恒', '鼎', '新', '中', '宏', '嘉', '创', '晶', '金', '永', '盛', '博', '泰', '凯', '弘', '卓'];
const BRAND_TAILS = ['澜', '源', '芯', '辰', '越', '拓', '途', '科', '力', '达', '川', '湖', '峰', '宇', '诚', '信', '航', '杰', '润', '驰'];
const TRADES: Record<string, string[]> = {
  新能源: ['新能源科技', '能源科技', '动力科技'],
  半导体及光电: ['半导体', '微电子', '光电科技'],
  生物医药: ['生物科技', '医药科技', '医疗器械'],
  高端装备: ['智能装备', '精密机械', '智造科技'],
  数字经济: ['数字科技', '信息技术', '智能科技'],
  新材料: ['新材料科技', '材料科技', '化学材料'],
  绿色智能家居: ['家居科技', '智能家居', '家居用品'],
  现代物流: ['供应链管理', '物流', '仓储服务'],
  商贸文旅: ['文旅发展', '商业管理', '旅游开发'],
  城市建设: ['城市建设发展', '建设投资', '城市更新'],
};
const PUBLIC_OWNERS = ['南太湖新区经开集团', '南太湖控股集团', '吴兴区城市建设发展集团', '吴兴区交通水利投资集团'];

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林沈钱姚费章陆金潘俞邱施蒋');
const GIVEN = ['建华', '卫东', '振宇', '国强', '丽萍', '志刚', '海峰', '文斌', '晓军', '建新', '明亮', '红梅', '佳怡', '浩然', '一鸣', '思远', '雪', '婷婷', '凯', '欣然', '博文', '俊杰', '子涵', '琳'];

export function companyName(chain: string, pick: <T>(list: readonly T[]) => T): string {
  if (chain === '城市建设') return pick(PUBLIC_OWNERS);
  return `湖州${pick(BRAND_HEADS)}${pick(BRAND_TAILS)}${pick(TRADES[chain] ?? ['科技'])}有限公司`;
}

export function personName(pick: <T>(list: readonly T[]) => T): string {
  return `${pick(SURNAMES)}${pick(GIVEN)}`;
}

/** 责任单位: the area's own unit most of the time, else the department that follows the project. */
export function ownerUnit(area: string, roll: number): string {
  const wuxing = WUXING_AREAS.has(area);
  if (roll < 0.15) return wuxing ? '吴兴区发改局' : '南太湖新区经发局';
  if (roll < 0.25) return wuxing ? '吴兴区商务局' : '南太湖新区招商服务中心';
  if (area.endsWith('街道')) return `${area}办事处`;
  if (area.endsWith('镇')) return `${area}人民政府`;
  if (area === '湖州科技城' || area === '吴兴高新区') return `${area}管委会`;
  if (area === '南太湖生物医药产业园') return '南太湖生物医药产业园管理办公室';
  return `${area}建设指挥部`;
}

/** 类型 by 产业链: most projects are industrial; city building splits into infrastructure and public services. */
export function kindOf(chain: string, roll: number): string {
  if (chain === '城市建设') return roll < 0.55 ? '基础设施' : '社会民生';
  if (chain === '商贸文旅') return roll < 0.75 ? '产业' : '社会民生';
  if (chain === '现代物流') return roll < 0.7 ? '产业' : '基础设施';
  return roll < 0.96 ? '产业' : '基础设施';
}

/** 级别 by size: the bigger the project, the higher the level that follows it. */
export function levelOf(total: number, roll: number): string {
  if (total >= 50e8) return roll < 0.7 ? '省重大' : '市重点';
  if (total >= 10e8) return roll < 0.15 ? '省重大' : roll < 0.75 ? '市重点' : '区重点';
  if (total >= 3e8) return roll < 0.25 ? '市重点' : roll < 0.85 ? '区重点' : '一般';
  return roll < 0.4 ? '区重点' : '一般';
}

/** 形象进度 of a node in progress, `p` percent along. */
export const NODE_PROGRESS: Record<string, (p: number) => string> = {
  签约: () => '投资协议文本磋商',
  供地: (p) => (p < 50 ? '土地报批及征迁扫尾' : '地块挂牌出让，办理土地摘牌'),
  立项备案: () => '办理立项备案及能评、环评',
  施工许可: (p) => (p < 50 ? '施工图设计及审查' : '施工总包招标，办理施工许可'),
  开工: () => '施工单位进场，开工准备',
  结顶: (p) => (p < 30 ? `桩基及基础施工，完成约${p}%` : `主体结构施工，形象进度约${p}%`),
  竣工: (p) => (p < 60 ? `屋面、幕墙及机电安装施工，完成约${p}%` : `配套工程及专项验收，完成约${p}%`),
  投产: (p) => `设备安装调试，完成约${p}%`,
  达产: (p) => `产能爬坡，达设计产能约${Math.max(30, p)}%`,
  // Non-industrial projects open and run rather than produce.
  '投产*': (p) => `开业（投用）筹备，完成约${p}%`,
  '达产*': (p) => `运营提升，运营指标达目标约${Math.max(30, p)}%`,
};

/** A node that finished this month. */
export const NODE_DONE: Record<string, string> = {
  签约: '完成项目签约', 供地: '完成土地摘牌', 立项备案: '完成立项备案', 施工许可: '取得施工许可证', 开工: '项目正式开工',
  结顶: '主体结构结顶', 竣工: '通过竣工验收', 投产: '正式投产', 达产: '实现达产', '投产*': '正式投用', '达产*': '运营达标',
};

/** Why a node is late (存在问题). */
export const NODE_PROBLEM: Record<string, string> = {
  签约: '投资协议关键条款尚未谈定，签约推迟',
  供地: '地块征迁扫尾未完成，土地出让推迟',
  立项备案: '能耗指标待平衡，立项备案推迟',
  施工许可: '施工图审查意见未闭环，施工许可未取得',
  开工: '施工总包招标延后，开工推迟',
  结顶: '施工劳动力不足，主体结构进度滞后',
  竣工: '消防验收整改未完成，竣工验收推迟',
  投产: '关键设备到货延迟，投产推迟',
  达产: '市场订单不足，产能利用率偏低',
};

export const STOP_REASONS = ['企业资金链紧张，项目暂停建设', '受行业产能过剩影响，企业暂缓投资', '股东方战略调整，项目暂停', '规划调整，项目暂缓实施'];
export const END_REASONS = ['投资方战略调整，协议解除', '企业未按期履约，依约解除协议并收回土地', '项目主体变更，原项目终止'];
