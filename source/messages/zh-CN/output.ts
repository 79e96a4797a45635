// 工具自己的输出写不出去时（简体中文），与 ../output.ts 同一类型。
import type {OutputMessages} from '../output.js';

export const outputMessages: OutputMessages = {
	stdoutFailed: p => `deepseek-fix：无法写出输出（${p.code}）：请检查输出写到了哪里（磁盘是否已满、文件是否已关闭）。`,
	nodeTooOld: p => `deepseek-fix 需要 Node.js ${p.needed} 或更新版本（当前是 ${p.running}）：请从 https://nodejs.org 安装新版 Node 后再运行。`,
	internalError: p => `deepseek-fix 因内部错误而停止：${p.message}——这是 deepseek-fix 的 bug，请连同你运行的命令一起报告。`,
};
