// 运行开始时在 stderr 上说的话（简体中文），与 ../start.ts 同一类型。

import type {StartMessages} from '../start.js';

export const startMessages: StartMessages = {
	unexpandedTilde: p =>
		`deepseek-fix：DEEPSEEK_FIX_CONFIG_DIR 以 ~ 开头，但这里不会展开 ~：设置保存在 ${p.dir}。要用主目录下的文件夹，请写完整路径（${p.home}）。`,
	ignoredLanguageEnv: value => `deepseek-fix：DEEPSEEK_FIX_LANG="${value}" 不是本工具支持的语言（zh-CN 或 en），已忽略。`,
};
