// 帮助文字（简体中文）：--help 与各命令的 --help，与 ../usage.ts 同一类型，由 source/help.ts 排版。
import {defaultBaseUrl} from '../../deepseek/facts.js';
import type {UsageMessages} from '../usage.js';

export const usageMessages: UsageMessages = {
	title: p => `deepseek-fix ${p.version}：查明 DeepSeek API 调用为什么失败，并解决它`,
	commandTitle: p => `deepseek-fix ${p.command}：${p.summary}`,
	headings: {usage: '用法', options: '选项', environment: '环境变量', exitCodes: '退出码', examples: '示例'},
	forms: {
		wizard: '交互式向导（不在终端里时改为普通检查）',
		check: '运行所有检查，不提问',
		balance: '显示余额；低于 AMOUNT 时退出码为 1',
		balanceWait: '等待充值到账：余额够支付调用时退出码为 0（有 --below 时还须不低于 AMOUNT），超时为 1',
		report: '生成给客服的脱敏 Markdown 报告',
		config: '显示、定位或重置记住的设置，或只清除 key',
	},
	flags: {
		'base-url': `API 的 base URL（默认取 DEEPSEEK_BASE_URL，否则为 ${defaultBaseUrl}）`,
		'key-from': '检查 claude-code、opencode、continue、aider 或 codex 按它们的设置发送的 key',
		timeout: '每个网络请求的时限（默认 10000）',
		probe: '允许发起一次付费的 1 token 调用，以复现 402',
		model: '这次调用所用的模型，填你的程序发送的模型名（默认：上次在向导里选的模型，否则为 DeepSeek 的对话模型或中转站列出的 DeepSeek 模型）',
		json: '输出一个 JSON 文档',
		below: '余额低于 AMOUNT（例如 5 或 2.50）时退出码为 1',
		wait: '等到余额又够支付调用',
		'wait-max': '--wait 最长等待多久：90s、10m、1h，或毫秒数（默认 10m；--timeout 仍是每个请求的时限）',
		every: '--wait 每隔多久查询一次免费的余额接口（默认 5s）',
		out: '把报告写进 FILE，而不是打印出来',
		path: '显示设置文件的位置',
		reset: '删除设置文件',
		'forget-key': '清除记住的 key，保留其他设置',
		lang: '简体中文或英文（默认依次取 DEEPSEEK_FIX_LANG、在向导里记住的语言、系统语言）',
		help: '显示这份帮助',
		version: '显示版本',
	},
	forCommands: p => `（${p.commands.join('、')}）`,
	exits: {
		ok: '没有发现问题',
		problem: '发现了问题',
		couldNotRun: '无法按要求运行',
		cancelled: '已取消（Ctrl+C）',
		terminated: '收到 SIGTERM 后退出（例如停止服务或超时）',
		hungUp: '收到 SIGHUP 后退出（终端已关闭）',
		closed: '输出端提前关闭',
	},
	exitSummary: p => `退出码：0 ${p.ok}，1 ${p.problem}，2 ${p.couldNotRun}，\n130 ${p.cancelled}，143 或 129 收到 SIGTERM 或 SIGHUP 后退出，\n141 ${p.closed}。`,
	commands: {
		check: {
			about:
				'一次运行所有检查，中途不会向你提问：API key、base URL、网络、余额、DeepSeek 状态页等。输出每项结果、结论和解决办法；加 --json 则改为输出一个 JSON 文档，供脚本和 CI 使用。不加 --probe 时，不会发起任何付费调用。',
			exits: {
				0: '没有发现问题',
				1: '发现了问题：结论指明是什么问题',
				2: '无法按要求运行：参数有误、base URL 不可用，或设置文件既读不了也挪不开',
			},
			examples: {
				plain: '运行所有检查；有问题时退出码为 1',
				ci: 'CI：API key 或账号有问题时让任务失败，并保留 JSON',
				probe: '用你的程序所用的模型发起一次 1 token 的付费调用，复现 402',
			},
		},
		balance: {
			summary: '显示余额，或等待充值到账',
			about:
				'从 DeepSeek 免费的余额接口查询余额（从不发起付费调用）并显示，说明它够不够支付调用；本工具会记下 DeepSeek 返回的余额，用来估算花费趋势。加 --below 可在 cron 里用作余额提醒；加 --wait 则反复查询，直到充值到账，好让任务在余额够用后重新开始。',
			exits: {
				0: '没有发现问题；指定 --below 时：余额不低于 AMOUNT；指定 --wait 时：余额够支付调用',
				1: '发现了问题；指定 --below 时：余额低于 AMOUNT，或查询不到余额；指定 --wait 时：到了 --wait-max 仍未到账',
				2: '无法按要求运行；指定 --wait 时，没有可等待的 DeepSeek 余额（没有 API key、API key 被拒绝，或调用发往其他服务）也是 2',
			},
			examples: {
				cron: 'cron，每小时一次：余额低于 5（或查询不到）时运行你的提醒脚本',
				wait: '付款后：最多等 30 分钟直到充值到账，然后重启任务',
				json: '以一个 JSON 文档输出余额，供脚本使用',
			},
		},
		report: {
			about:
				'运行所有检查，生成一份给 DeepSeek 客服或中转站管理员的 Markdown 报告：各项结果、结论、你的系统信息和响应的 trace id。报告里绝不会有 API key。报告直接打印出来；用 --out 则写进指定的文件（只有你能读）。',
			exits: {
				0: '没有发现问题',
				1: '发现了问题（报告照样生成）',
				2: '无法按要求运行，或无法写入 FILE（符号链接和文件夹会被拒绝）',
			},
			examples: {
				support: '给客服的报告，附一次真实（付费、1 token）调用的 trace id',
				screen: '先在屏幕上看一遍',
			},
		},
		config: {
			about:
				'显示向导记住的设置（记住的 API key 不会完整显示）、设置文件的位置（--path），删除它（--reset），或只清除记住的 key、保留余额记录等其他设置（--forget-key）。不发起任何网络请求；加 --json 则改为输出一个 JSON 文档。',
			exits: {
				0: '完成',
				2: '无法按要求运行：参数有误、设置文件无法读取、--reset 删不掉它，或 --forget-key 改不了它',
			},
			examples: {
				show: '看看记住了什么',
				path: '设置文件在哪里',
				forgetKey: '清除记住的 key；余额记录和其他设置都保留',
				reset: '全部忘掉，包括记住的 API key',
			},
		},
	},
};
