import type { Localized } from './names.js';

/** Which target a sample task serves: a fixed node id or a rep/team chosen by the sample. */
export type TaskTargetRef = 'company' | 'east' | 'south' | 'north-new' | 'north-accessories' | 'other-key' | 'other-smb' | 'mismatch-team' | 'laggard' | 'breach';

/** One sample task: its 5W2H texts and plan; `due` is in days after `asOf` (negative: overdue). */
export interface TaskTemplate {
  title: Localized; what: Localized; why: Localized; where: Localized; how: Localized;
  /** Who, when not a person's name. */
  who?: Localized;
  due: number;
  cost?: number;
  target?: TaskTargetRef;
  urgent?: boolean;
  important?: boolean;
  done?: boolean;
}

const t = (en: string, zh: string): Localized => ({ 'en-US': en, 'zh-CN': zh });

/** Sixteen tasks covering all four quadrants: two overdue (due −3 and −1), one done, hand-set flags on four. */
export const TASKS: readonly TaskTemplate[] = [
  { title: t('Unblock stalled negotiations', '推进停滞的谈判商机'), what: t('Review every deal in negotiation for over 14 days', '逐一复盘谈判阶段超过14天的商机'), why: t('Negotiation dwell is above its benchmark', '谈判阶段停留时间超过基准'), where: t('Weekly pipeline meeting', '每周销售例会'), how: t('Name a pricing decision owner per deal', '为每个商机指定报价决策人'), due: 2, target: 'company' },
  { title: t('Fix the team target split', '修正团队目标分解'), what: t('Re-split rep targets so they add up to the team target', '重新分解成员目标,使合计等于团队目标'), why: t('Rep targets add up 3% over the team target', '成员目标合计超出团队目标3%'), where: t('Regional office', '大区办公室'), how: t('Split by historical share, keep a reserve', '按历史占比分解并预留弹性'), due: -3, target: 'mismatch-team' },
  { title: t('Coach the rep furthest behind pace', '辅导进度最落后的销售'), what: t('Weekly one-on-one coaching until back on pace', '每周一对一辅导直至追上进度'), why: t('Attainment is far below the expected pace', '达成率远低于预期进度'), where: t('Video call', '线上会议'), how: t('Deal reviews and joint customer visits', '商机复盘与陪同拜访'), due: 5, cost: 3000, target: 'laggard' },
  { title: t('Tighten discount approvals', '收紧折扣审批'), what: t('Require two approvals for discounts above 15%', '15%以上折扣需两级审批'), why: t('A discount went beyond authorisation', '有折扣超出授权范围'), where: t('Finance review', '财务评审会'), how: t('Approval step in the CRM', '在CRM中增加审批环节'), due: 1, important: true, target: 'breach' },
  { title: t('Prepare key account reviews', '准备大客户季度回顾'), what: t('Quarterly business review decks for the top 10 accounts', '为前十大客户准备季度业务回顾材料'), why: t('Renewals carry half of the key account target', '续约占大客户目标的一半'), where: t('Customer sites', '客户现场'), how: t('Account plan template with usage data', '客户计划模板结合使用数据'), due: 12, cost: 15000, target: 'other-key' },
  { title: t('New product roadshow', '新产品巡回路演'), what: t('Demo days in three cities', '在三个城市举办产品演示日'), why: t('New products carry 30% of the product target', '新产品占产品目标的30%'), where: t('Beijing, Tianjin, Shijiazhuang', '北京、天津、石家庄'), how: t('Together with pre-sales engineers', '联合售前工程师'), due: 21, cost: 80000, target: 'north-new' },
  { title: t('Submit the weekly forecast', '提交每周预测'), what: t('Update close dates and probabilities in the CRM', '更新CRM中的预计成交日期和赢率'), why: t('The forecast panel reads the CRM', '预测面板读取CRM数据'), where: t('CRM', 'CRM系统'), how: t('Each rep updates their own deals', '每位销售更新自己的商机'), who: t('All reps', '全体销售'), due: 0 },
  { title: t('Book the sales kickoff venue', '预订销售启动会场地'), what: t('Venue for 120 people with a stage', '可容纳120人并带舞台的场地'), why: t('Dates fill up fast', '档期紧张'), where: t('Downtown hotel', '市中心酒店'), how: t('Three quotes, pick the cheapest fit', '比较三家报价,择优选择'), due: 2, cost: 25000 },
  { title: t('Clean up duplicate leads', '清理重复线索'), what: t('Merge leads with the same company and phone', '合并公司和电话相同的线索'), why: t('Duplicates inflate the lead count', '重复线索虚增线索数量'), where: t('CRM', 'CRM系统'), how: t('Export, dedupe, re-import', '导出、去重、再导入'), due: 30 },
  { title: t('Renew CRM licences', '续订CRM许可证'), what: t('Renew 60 seats for a year', '续订60个席位一年'), why: t('Licences lapse at month end', '许可证月底到期'), where: t('Vendor portal', '供应商平台'), how: t('Purchase order via IT', '通过IT部门下采购单'), due: -1, cost: 42000 },
  { title: t('Hire two SMB reps', '招聘两名中小客户销售'), what: t('Job posts, interviews and offers', '发布职位、面试并发放录用'), why: t('SMB coverage is thin', '中小客户覆盖不足'), where: t('HR', '人力资源部'), how: t('Referrals first, then job boards', '先内推,再招聘网站'), due: 28, cost: 60000, target: 'other-smb' },
  { title: t("Win the South region's largest deal", '拿下华南大区最大商机'), what: t('Final offer and contract for the largest open deal', '为最大在途商机给出最终报价并签约'), why: t('It alone closes a fifth of the gap', '此单可弥补五分之一的差距'), where: t("Customer's headquarters", '客户总部'), how: t('Executive sponsor visit', '高管陪同拜访'), due: 6, urgent: true, important: true, target: 'south' },
  { title: t('Update the sales playbook', '更新销售手册'), what: t('Add objection handling for price and competitors', '补充价格与竞争对手的异议处理'), why: t('Price and competitors top the loss reasons', '价格和竞争对手是主要丢单原因'), where: t('Sales wiki', '销售知识库'), how: t('Interview the top three reps', '访谈排名前三的销售'), due: 45, important: true },
  { title: t('Plan the team outing', '策划团队活动'), what: t('Half-day outing after quarter close', '季度结束后半天团建'), why: t('Team morale', '提升团队士气'), where: t('Nearby park', '附近公园'), how: t('Vote on three options', '三个方案投票'), due: 2, cost: 4000, urgent: false, important: false },
  { title: t('Announce the quarter incentive', '发布季度激励方案'), what: t('Tiered bonus for reaching 100% and 120%', '达成100%和120%的阶梯奖金'), why: t('Motivate the second half of the quarter', '激励下半季度冲刺'), where: t('All-hands meeting', '全员大会'), how: t('Slides and a one-page summary', '幻灯片加一页纸说明'), due: 2, target: 'company', done: true },
  { title: t('Review accessory bundle pricing', '检查配件捆绑定价'), what: t('Compare bundle prices with competitors', '对比竞争对手的捆绑价格'), why: t('Accessory margins are slipping', '配件毛利下滑'), where: t('Pricing committee', '定价委员会'), how: t('Win/loss data of the last quarter', '上季度赢单与丢单数据'), due: 3, cost: 2000, target: 'north-accessories' },
];
