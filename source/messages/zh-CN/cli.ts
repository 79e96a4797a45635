// 命令行的文字（简体中文）：参数错误和命令结果，与 ../cli.ts 同一类型。

import {amountText} from '../../text/amount.js';
import {agentAppNames} from '../../deepseek/facts.js';
import {placeZh} from '../../text/dotenv-place.js';
import type {CliMessages} from '../cli.js';
import {joinedZh} from '../../text/clause.js';

export const cliMessages: CliMessages = {
	badArguments: p => `deepseek-fix：${p.problem}。用法见 deepseek-fix ${p.command === undefined ? '' : `${p.command} `}--help`,
	unknownOption: option => `没有“${option}”这个选项`,
	unknownOptionNearest: p => `没有“${p.option}”这个选项（是不是想用 ${p.nearest}？）`,
	optionNeedsValue: option => `${option} 后面缺少值`,
	optionTakesNoValue: option => `${option} 不能带值`,
	unreadableLine: '无法解析这行命令：请逐个检查选项及其值',
	badLanguage: value => `--lang 应为 zh-CN（简体中文）、en（英文）或其他以 zh、en 开头的语言标记（例如 zh-Hans、en-US；语言环境只接受 UTF-8 的，例如 zh_CN.UTF-8），收到的是“${value}”`,
	unknownCommand: name => `没有“${name}”这个命令（可用的命令：check、balance、report、config）`,
	unknownCommandNearest: p => `没有“${p.name}”这个命令（是不是想用 ${p.nearest}？可用的命令：check、balance、report、config）`,
	tooManyCommands: extra => `多余的参数“${extra}”`,
	pastedDash: p => `“${p.argument}”开头的“${p.character}”不是命令行认的“-”（文字处理软件和聊天软件会把 -- 变成它）：请输入 ${p.meant}`,
	pastedInvisible: p => `“${p.argument}”里有一个看不见的字符（${p.character}），是复制或输入法带进来的：请输入 ${p.meant}`,
	pastedFullWidth: p => `“${p.argument}”用的是全角字符（“${p.character}”），是中文输入法打出来的：请用半角输入 ${p.meant}`,
	flagNotFor: (flag, command) => `--${flag} 不适用于“${command}”`,
	badTimeout: value => `--timeout 应为 100 到 600000 之间的整数毫秒数，收到的是“${value}”`,
	timeoutInMilliseconds: p => `--timeout 的单位是毫秒，不接受“${p.value}”这样的时长：请写 --timeout ${p.ms}`,
	badBelow: value => `--below 应为金额，例如 5 或 2.50，收到的是“${value}”`,
	configFlagsTogether: '--path、--reset 和 --forget-key 不能同时使用：只能用其中一个',
	emptyOut: '--out 应为文件名（或 -，直接输出报告），收到的是“”',
	badModel: value => `--model 应为模型名，例如 deepseek-v4-flash（一个词，不含空格），收到的是“${value}”`,
	badKeyFrom: p => `--key-from 应为 ${p.names.join('、')} 之一，收到的是“${p.value}”`,
	badKeyFromNearest: p => `--key-from 应为 ${p.names.join('、')} 之一，收到的是“${p.value}”（是不是想用 ${p.nearest}？）`,
	keyFromNeedsCommand: '--key-from 只用于 check、balance、report 这三个命令；向导会问检查哪个 key（各应用设置里的 key 都列在那里）',
	noKeyInApp: p =>
		`${agentAppNames[p.app]} 的设置里没有可检查的 DeepSeek key（sk- 加 32 位十六进制字符）：${p.file} 和它的其他设置文件里都没有${
			p.ignoredFile === undefined ? '' : `（${agentAppNames[p.app]} 会忽略 ${p.ignoredFile} 里的 DeepSeek 服务商设置：项目配置不能设置 model_provider 或 model_providers）`}`,
	modelNeedsProbe: '--model 指定付费测试调用所用的模型：请同时加上 --probe 来发起这次调用',
	badBaseUrl: p => `deepseek-fix：${{flag: '用 --base-url 给出的', env: 'DEEPSEEK_BASE_URL 里的', dotenv: `${placeZh(p.file ?? '.env')} 里 DEEPSEEK_BASE_URL 的`, remembered: '设置里记住的', default: '默认的'}[p.source]} base URL 无法使用${p.source === 'remembered' ? '（deepseek-fix config --reset 可以清除它）' : ''}。${p.reason}`,
	cancelled: '已取消。',
	stopped: signal => `已停止（${signal}）。`,
	settingsUnusable: 'deepseek-fix 已停止：那个文件里可能有记住的 base URL、key 或语言，读不到它就不运行。',
	folderGone: 'deepseek-fix：你所在的文件夹已经不存在（被删除或移走了）：先用 cd 进入一个存在的文件夹，再运行一次。',
	below: (total, currency, threshold) => `余额 ${amountText(total, currency)} 低于 ${amountText(threshold, currency)}。`,
	notBelow: (total, currency, threshold) => `余额 ${amountText(total, currency)} 不低于 ${amountText(threshold, currency)}。`,
	balanceUnreadable: p =>
		p.json
			? `无法查询余额，因此没有与 --below ${p.threshold} 比较（退出码 1）；原因和解决办法见输出的 JSON。`
			: `没有可比较的余额：--below ${p.threshold} 按低于处理，退出码为 1。`,
	reportWritten: file => `报告已写入 ${file}（不含 API key）。`,
	reportAsFile: p =>
		p.withFlags ? '要把报告作为文件附上，请在同一条命令后加上 --out deepseek-report.md 再运行。' : '要把报告作为文件附上：deepseek-fix report --out deepseek-report.md',
	reportFailed: (file, reason) => `deepseek-fix：无法写入 ${file}：${reason}。报告没有丢失：不加 --out（或用 --out -）运行 deepseek-fix report 即可输出报告。`,
	writeRefusal: p =>
		({
			symlink: '它是符号链接，本工具不会通过链接写入报告：请给出真实文件的路径',
			folder: `它是一个文件夹（${p.code}）：请给出其中某个文件的路径`,
			not_a_file: `它不是普通文件，而是设备或管道（${p.code}）：请给出文件的路径`,
			no_new_files: `所在的文件夹存在，但系统不允许在那里新建文件（${p.code}；例如 /proc 这样的系统文件夹）：请选另一个文件夹`,
			failed:
				{
					ENOENT: `所在的文件夹不存在（${p.code}）：请给出一个已有文件夹里的路径`,
					ENOTDIR: `路径中有一部分不是文件夹（${p.code}）`,
					EACCES: `没有权限（${p.code}）：请选一个你能写入的文件夹`,
					EPERM: `没有权限（${p.code}）：请选一个你能写入的文件夹`,
					EROFS: `文件系统是只读的（${p.code}）：请选另一个文件夹`,
					ENOSPC: `磁盘已满（${p.code}）：请腾出空间，或换一个磁盘`,
					EDQUOT: `你的磁盘配额已用完（${p.code}）：请腾出空间，或换一个磁盘`,
					EISDIR: `它是一个文件夹（${p.code}）：请给出其中某个文件的路径`,
				}[p.code] ?? `系统拒绝了写入（${p.code}）`,
		})[p.why],
	badDuration: p => `--${p.flag} 应为 ${p.min} 到 ${p.max} 之间的时长，例如 90s、10m 或 500ms（纯数字表示毫秒），收到的是“${p.value}”`,
	waitOnly: p => `--${p.flag} 用于设置等待方式：请同时加上 --wait`,
	waitStatus: p => `${amountText(p.total, p.currency)} · ${p.next}后再查 · 已等待充值 ${p.waited}（最长 ${p.max}） · Ctrl+C 停止`,
	waitStatusShort: p => `${amountText(p.total, p.currency)} · ${p.next}后再查 · 已等待 ${p.waited}`,
	waitStatusShortest: p => `${amountText(p.total, p.currency)} · ${p.next}后再查`,
	waitStatusUnread: p => `${p.next}后再查 · 已等待充值 ${p.waited}（最长 ${p.max}） · ${joinedZh('上一次查询失败', p.problem)}`,
	waitArrived: p => `余额又可以支付调用了：${amountText(p.total, p.currency)}（等待了 ${p.waited}）。`,
	waitNotNeeded: p => `余额 ${amountText(p.total, p.currency)}，已经可以支付调用，不需要等待。`,
	waitNotNeededBelow: p => `余额 ${amountText(p.total, p.currency)}，不低于 ${amountText(p.below, p.currency)}，不需要等待。`,
	waitTimedOut: p =>
		`已等待 ${p.waited}，停止等待：余额仍是 ${amountText(p.total, p.currency)}。要等久一些，请用 --wait-max。`,
	waitTimedOutBelow: p => `已等待 ${p.waited}，停止等待：余额是 ${amountText(p.total, p.currency)}，仍低于 ${amountText(p.below, p.currency)}。`,
	waitTimedOutUnread: p => `已等待 ${p.waited}，停止等待：无法查询余额（原因见上文）。`,
	waitNothingToWatch: p => `deepseek-fix：--wait 监视的是 DeepSeek 余额，而这里没有可监视的余额。${p.problem}`,
	checking: p => `正在检查 ${p.baseUrl}……（每个请求最多等 ${p.timeout}；按 Ctrl+C 停止）`,
	notInteractive: '不在终端中运行：改为运行普通检查，不启动向导。',
	notInteractiveMintty:
		'不在终端中运行：改为运行普通检查，不启动向导。在 Git Bash 自带的窗口（mintty）中，Windows 程序得不到终端：要使用向导，请运行 winpty npx.cmd deepseek-fix，或在 Windows Terminal 中打开 Git Bash，或改用 PowerShell。',
	dumbTerminal: '这个终端（TERM=dumb）无法重绘向导：改为运行普通检查。要使用向导，请在功能完整的终端中运行。',
};
