// 运行开始时在 stderr 上说的话（简体中文），与 ../start.ts 同一类型。

import type {StartMessages} from '../start.js';

export const startMessages: StartMessages = {
	unexpandedTilde: p =>
		`deepseek-fix：DEEPSEEK_FIX_CONFIG_DIR 以 ~ 开头，但这里不会展开 ~：设置保存在 ${p.dir}。要用主目录下的文件夹，请写完整路径（${p.home}）。`,
	spacedConfigDir: p =>
		`deepseek-fix：DEEPSEEK_FIX_CONFIG_DIR 的开头或结尾有空格，空格会保留在路径里：设置保存在 ${p.dir}。如果想用的是 ${p.trimmed}，请去掉变量里的空格。`,
	blankConfigDir: dir => `deepseek-fix：DEEPSEEK_FIX_CONFIG_DIR 只有空格，空格会被当作文件夹名：设置保存在 ${dir}。要用默认的设置文件夹，请取消设置这个变量。`,
	nonUtf8Locale: charset =>
		`deepseek-fix：当前语言环境的字符集是 ${charset}，不是 UTF-8，而本工具只输出 UTF-8：中文在这里会显示成乱码，所以改用英文。要看中文，请把语言环境和终端都设为 UTF-8（LANG=zh_CN.UTF-8）；如果终端已经是 UTF-8，加上 --lang zh-CN 或设置 DEEPSEEK_FIX_LANG=zh-CN。`,
	ignoredLanguageEnv: value => `deepseek-fix：DEEPSEEK_FIX_LANG="${value}" 不是本工具支持的语言（可用 zh-CN、en 或其他以 zh、en 开头的语言标记，例如 zh-Hans、en-US；语言环境只接受 UTF-8 的，例如 zh_CN.UTF-8），已忽略。`,
};
