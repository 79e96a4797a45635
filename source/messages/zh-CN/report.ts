// 报告里的句子和标签（简体中文）：`check` 文本、`balance` 文本和给客服的 Markdown 报告，
// 与 ../report.ts 同一类型。
import {amountText} from '../../text/amount.js';
import type {BalanceTextMessages, MarkdownMessages, StatusWords, TextReportMessages} from '../report.js';

/** 怎样认出 base URL 背后的服务（ProviderInfo.detectedBy）。 */
const detectedBy = {host: '主机名', fingerprint: '接口特征', error: '错误信息'} as const;

export const statusWords: StatusWords = {
	pass: '通过',
	warn: '警告',
	fail: '失败',
	skip: '已跳过',
	error: '无法运行',
};

export const textReportMessages: TextReportMessages = {
	header: p => `${p.tool} ${p.version} · ${p.baseUrl}`,
	headerWithProvider: p => `${p.tool} ${p.version} · ${p.baseUrl}（${p.provider}）`,
	checkSeparator: '：',
	sameAsAbove: '同上。',
	sameRedirect: p => `同样是 HTTP ${p.status}：与上面相同的重定向（未跟随）。`,
	noChecks: '没有运行任何检查。',
	fixesHeading: '解决办法：',
	noFixes: '无需处理。',
	suggestProbe: p => `运行 ${p.command}，看看真实调用会得到什么（一次 1 token 的调用，花费不到一分钱）。`,
	verdictAsRow: p => `${p.verdict}，详见上面“${p.title}”一行。`,
	verdictLeadAsRow: p => `${p.lead}，详见上面“${p.title}”一行。`,
	slowAsRow: p => `连上了 API，但响应很慢，详见上面“${p.title}”一行。连接只用了 ${p.connectMs} ms，服务可能繁忙或过载。`,
	redirectAsRow: p => `base URL 把调用重定向到上面“${p.title}”一行里的地址（HTTP ${p.status}），而不是给出响应：API 已经换到了那个地址。`,
	seeRow: p => `详见上面“${p.title}”一行`,
	verdictAsWarnRows: p => `目前没有会让调用失败的问题，但上面有 ${p.titles.length} 个警告：${p.titles.map(title => `“${title}”`).join('、')}。`,
};

export const balanceTextMessages: BalanceTextMessages = {
	heading: p => `余额：${p.where}`,
	withProvider: p => `${p.baseUrl}（${p.provider}）`,
	relayHeading: p => `余额：${p.provider}（中转站自己的余额，不是 DeepSeek 的）`,
	total: p => amountText(p.total, p.currency),
	granted: p => `赠送余额 ${p.amount}（优先扣除，会过期）`,
	toppedUp: p => `充值余额 ${p.amount}（不会过期）`,
	relayRemaining: p => `剩余 ${p.amount} ${p.unit}`,
	relayLimit: p => `总共 ${p.amount} ${p.unit}`,
	relayGranted: p => `赠送 ${p.amount} ${p.unit}`,
	relayToppedUp: p => `充值 ${p.amount} ${p.unit}`,
	quotaUnit: '额度单位',
	unlimited: '这个 key 自己没有消费上限。',
	tokenExpired: p => `这个令牌已于 ${p.date} 过期：无论还剩多少，网关都会拒绝用它发出的调用。`,
	readFrom: p => `数据来自 ${p.source}。`,
	notAvailable: 'DeepSeek 表示这个账号当前无法调用（is_available: false）。',
	underAlert: p => `低于你设的余额不足提醒 ${amountText(p.amount, p.currency)}（在向导里设置；deepseek-fix config 可查看）。`,
	noBalances: '服务没有返回任何余额条目。',
	unreadable: '无法查询余额。',
	unreadableBecause: p => `无法查询余额。${p.reason}`,
	notOffered: p => `${p.why}${p.reason}`,
};

export const markdownMessages: MarkdownMessages = {
	title: 'deepseek-fix 客服报告',
	intro: '由 deepseek-fix 生成，帮助客服查明 DeepSeek API 调用失败的原因。报告中不含 API key。',
	verdict: p => `**结论：** ${p.name}（${p.verdict}）：${p.summary}`,
	aboutHeading: '环境',
	fieldColumn: '项目',
	valueColumn: '值',
	baseUrl: 'base URL',
	provider: 'base URL 背后的服务',
	providerValue: p => `${p.name}（识别依据：${detectedBy[p.detectedBy]}）`,
	providerUnknown: '未能确定',
	providerNotRecognised: p => `${p.name}（无法判断是哪个服务）`,
	generatedAt: '生成时间',
	toolVersion: 'deepseek-fix 版本',
	nodeVersion: 'Node.js 版本',
	os: '操作系统',
	checksHeading: '检查',
	checkColumn: '检查项',
	checkCell: p => `${p.title}（${p.id}）`,
	statusColumn: '状态',
	resultColumn: '结果',
	timeColumn: '用时',
	duration: p => `${p.ms} ms`,
	balanceHeading: '余额',
	currencyColumn: '货币',
	totalColumn: '总额',
	grantedColumn: '赠送余额',
	toppedUpColumn: '充值余额',
	leftColumn: '剩余',
	limitColumn: '总共（额度上限或已购额度）',
	available: p => (p.available ? 'DeepSeek 表示这个账号可以调用（is_available: true）。' : 'DeepSeek 表示这个账号当前无法调用（is_available: false）。'),
	traceIdsHeading: 'Trace id',
	traceIdsIntro: p => `请把这些 trace id 提供给 DeepSeek 客服（${p.email}）：客服凭它们能找到具体的请求。`,
	traceIdsIntroElsewhere: p => `这些调用发往 ${p.name}，而不是 DeepSeek。向${p.operated ? '它的管理员' : '它的客服'}询问时，请提供这些 trace id：凭它们能在那里找到具体的请求。`,
	noTraceIds: '没有记录到 trace id。',
	relayBalance: p => `这是当前所用中转站 ${p.provider} 的余额，不是 DeepSeek 自己的余额。`,
	pathHeading: '在向导中走过的步骤',
	fixesHeading: '解决办法',
	noFixes: '无需处理。',
	fixWithUrl: p => `${p.title}：${p.link}`,
	keyNotIncluded: '本报告不包含 API key：凡是提到 key 的地方，都只保留最后四位（sk-…abcd）。',
};
