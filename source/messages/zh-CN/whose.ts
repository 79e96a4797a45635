// 记住的诊断属于哪个 key 或 base URL（简体中文），与 ../whose.ts 同一类型。
import {agentAppNames, isAgentApp} from '../../deepseek/facts.js';
import type {KeySource} from '../../checks/types.js';
import type {WhoseMessages} from '../whose.js';

const sameSource: Partial<Record<KeySource, string>> = {
	env: '检查的是 DEEPSEEK_API_KEY 当时的 key，不是现在这个',
	dotenv: '检查的是 .env 文件当时的 key，不是现在这个',
	remembered: '检查的是当时记住的 key，不是现在记住的这个',
};

const otherSource: Partial<Record<KeySource, string>> = {
	env: '检查的是 DEEPSEEK_API_KEY 里的 key，不是现在用的这个',
	dotenv: '检查的是 .env 文件里的 key，不是现在用的这个',
	remembered: '检查的是记住的 key，不是现在用的这个',
	prompt: '检查的是你粘贴的 key，不是现在用的这个',
};

function otherKey(before: KeySource | undefined, current: KeySource | undefined): string {
	if (isAgentApp(before)) return `检查的是 ${agentAppNames[before]} 设置里的 key，不是现在用的这个`;
	return (before !== undefined && before === current ? sameSource[before] : undefined) ?? (before === undefined ? undefined : otherSource[before]) ?? '检查的不是现在这个 key';
}

export const whoseMessages: WhoseMessages = {
	elsewhere: p => (p.changed === 'baseUrl' ? '用的不是现在这个 base URL' : otherKey(p.keyWas, p.keyIs)),
};
