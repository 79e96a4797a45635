// 记住的设置和 `config` 命令（简体中文），与 ../settings.ts 同一类型。
import {amountText} from '../../text/amount.js';
import type {ConfigMessages, ForgetKeyMessages, ResetMessages, SettingsNotices, SettingsWriteMessages} from '../settings.js';

/** 记住的诊断是谁的：与现在用的 key 和 base URL 相同时不写。 */
const whose = (phrase: string | undefined) => (phrase === undefined ? '' : `；${phrase}`);

export const settingsNotices: SettingsNotices = {
	movedAsideCorrupt: p =>
		`你的设置文件已损坏（无法当作设置读取），已移到 ${p.movedTo}，现在使用默认设置。没有删除任何东西：需要的内容可以从那个文件里复制回来。`,
	movedAsideTooLarge: p =>
		`你的设置文件有 ${p.size} MB，远大于任何设置文件（deepseek-fix 最多读取 ${p.limit} MB），所以没有读取：已移到 ${p.movedTo}，现在使用默认设置。没有删除任何东西：请看看那个文件里是什么，不是你的就删掉。`,
	movedAsideNewer: p =>
		`你的设置文件是由更新版本的 deepseek-fix 写的（设置版本 ${p.version}），当前版本无法读取，所以已移到 ${p.movedTo}，现在使用默认设置。更新 deepseek-fix（npx deepseek-fix@latest）后把文件移回去，就能继续使用那些设置。`,
	moveFailed: p =>
		`你的设置文件 ${p.path} 已损坏，而且无法移走（${p.code}）。deepseek-fix 不会改动它：请修好或删除这个文件，或把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`,
	unreadable: p => {
		const head = `无法读取你的设置文件 ${p.path}（${p.code}）`;
		switch (p.code) {
			case 'EISDIR':
				return `${head}：那个位置是一个文件夹。deepseek-fix 不会动它：请把那个文件夹移走，或把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`;
			case 'ENOTDIR':
				return `${head}：这个路径中有一段是文件而不是文件夹，那里无法保存任何东西。请把 DEEPSEEK_FIX_CONFIG_DIR 设为一个文件夹（或能创建文件夹的路径）。`;
			case 'EACCES':
			case 'EPERM':
				return `${head}：你没有读取它的权限。deepseek-fix 不会改动它：请给自己读写它的权限，或把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`;
			default:
				return `${head}。deepseek-fix 不会改动它：请确认它是你有权读取的文件，或把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`;
		}
	},
	someReadingsDropped: p => `余额记录：${p.of} 条读数中的 ${p.dropped} 条，其余保留`,
	invalidFieldsDropped: p => `部分记住的设置无效，已被忽略（${p.fields.join('、')}）；下次保存设置时会删除它们。`,
};

export const settingsWriteMessages: SettingsWriteMessages = {
	refused: p =>
		`设置没有保存：deepseek-fix 不会覆盖 ${p.path}，因为它既无法读取也无法移走。请修好或删除这个文件，或把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`,
	failed: p => `设置无法保存到 ${p.path}（${p.code}）。请检查文件夹是否可写，或把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`,
	readOnly: p =>
		`设置没有保存：${p.path} 对你是只读的（${p.code}），而 deepseek-fix 不会替换被设为只读的文件。要让它记住设置，请把这个文件设为可写（macOS 和 Linux 上用 chmod u+w）；或把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`,
	folderFailed: p => `设置无法保存：无法创建文件夹 ${p.dir}（${p.folder} 处出错：${p.code}）。请把 DEEPSEEK_FIX_CONFIG_DIR 设为你能写入的文件夹。`,
	notAFolder: p => `设置无法保存：${p.folder} 是一个文件，所以无法创建文件夹 ${p.dir}。请把 DEEPSEEK_FIX_CONFIG_DIR 设为别的文件夹。`,
	busy: p =>
		`设置没有保存：另一个 deepseek-fix 锁住 ${p.path} 已有 ${p.seconds} 秒。请重试；如果一再出现、而又没有别的 deepseek-fix 在运行，请删除 ${p.path}.lock。`,
	waiting: p => `正在等另一个 deepseek-fix 写完 ${p.path}（最多 ${p.seconds} 秒；按 Ctrl+C 停止）。`,
	lockInTheWay: p =>
		`设置没有保存：${p.path} 是一个文件，而 deepseek-fix 写入时要在那里建一个文件夹作为锁；这个文件是别的程序放的。请删除这个文件后再运行。`,
	cancelled: '设置没有保存：已取消。',
	invalidAmount: p => `“${p.amount}”不是金额：请输入 5 或 2.50 这样的数字。`,
	invalidKey: '这看起来不像 API key（8 到 512 个可见字符，不含空格），所以没有记住。',
	invalidBaseUrl: 'base URL 没有记住：它必须是 http(s) URL。',
	invalidReading: '余额记录没有记住：它需要时间、货币和十进制金额。',
	invalidModel: '模型没有记住：模型名是一个不超过 200 个字符的词。',
};

export const resetMessages: ResetMessages = {
	deleted: p => `已删除 ${p.path}：所有记住的设置都已清除，包括记住的 API key。`,
	deletedNoKey: p => `已删除 ${p.path}：所有记住的设置都已清除（其中没有记住的 API key）。`,
	deletedUnread: p => `已删除 ${p.path}：所有记住的设置都已清除。`,
	nothingToReset: p => `没有可重置的设置（${p.path} 不存在）。`,
	failed: p => `无法删除 ${p.path}（${p.code}）：记住的设置没有变化。请自己删除这个文件，或检查文件夹的权限。`,
	leftovers: p => `之前移到一旁的副本还在，里面可能有记住的 key；不再需要的话请删除：${p.files.join('、')}`,
};

export const forgetKeyMessages: ForgetKeyMessages = {
	forgotten: p => `已清除记住的 key ${p.masked}，其他设置都保留着。`,
	nothingToForget: '没有记住的 key，不需要清除。',
	unchanged: '没有清除 key：设置文件保持原样。',
	keptInCopy: '没有清除 key：那个文件里如果记着 key，它现在在那份副本里。拿回需要的设置后，请删除那份副本。',
};

export const configMessages: ConfigMessages = {
	title: '记住的设置',
	fileLabel: '文件',
	baseUrlLabel: 'base URL',
	keyLabel: 'API key',
	historyLabel: '余额记录',
	alertLabel: '提醒阈值',
	diagnosisLabel: '上次的结论',
	probeModelLabel: '测试调用的模型',
	languageLabel: '语言',
	fileMissing: p => `${p.path}（尚未创建：没有记住任何东西）`,
	fileUnreadable: p => `${p.path}（无法读取：不知道里面记住了什么，也不会改动它）`,
	baseUrlNone: '没有记住：运行时用 DEEPSEEK_BASE_URL，没有这个变量时用 DeepSeek 官方地址（在向导里选“记住这些设置，下次再用”即可）',
	alertNone: '没有：可在向导里选“查余额／设置余额不足提醒”来设置，脚本里可用 deepseek-fix balance --below',
	probeModelNone: '还没有：向导会记住付费测试调用所用的模型',
	languageNone: '没有记住：由 --lang、DEEPSEEK_FIX_LANG 或系统语言决定（在向导里按 L 后选“以后都用中文”即可记住）',
	diagnosisNone: '还没有：只有向导会记住上次的结果（deepseek-fix check 和 deepseek-fix balance 不会）',
	keyRemembered: p => `${p.masked}，记在这个文件里`,
	keyNotRemembered: p => `没有记住（${p.source}）`,
	keySources: {
		env: '取自 DEEPSEEK_API_KEY',
		dotenv: '取自某个文件夹 .env 或 .env.local 中的 DEEPSEEK_API_KEY',
		remembered: '曾经记住，现已丢失',
		prompt: '每次手动输入',
		none: '还没有 key',
		unknown: '每次运行时从 DEEPSEEK_API_KEY 和 .env 文件中查找',
	},
	historyNone: '还没有记录',
	historySingle: p => `1 条记录：${p.reading}`,
	historySummary: p => `${p.count} 条记录；最早 ${p.first}；最近 ${p.last}`,
	reading: p => `${amountText(p.total, p.currency)}（${p.at}）`,
	alertSummary: p => `低于 ${amountText(p.amount, p.currency)}`.trimEnd(),
	diagnosisSummary: p => `${p.name}（${p.verdict}，${p.at}${whose(p.whose)}）：${p.summary}`,
	diagnosisVerdict: p => `${p.name}（${p.verdict}，${p.at}${whose(p.whose)}）`,
	hintForgetKey: '只清除 key：deepseek-fix config --forget-key',
	hintReset: '要清除所有设置：deepseek-fix config --reset',
};
