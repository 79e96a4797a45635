// 记住的诊断属于哪个 key 或 base URL（简体中文），与 ../whose.ts 同一类型。
import {agentAppNames} from '../../deepseek/facts.js';
import {whoseKey, type WhoseKey} from '../../settings/whose-key.js';
import type {WhoseMessages} from '../whose.js';

/** 哪个 key，和句子的其余部分（不是哪个）：`short` 只留前者。 */
type Whose = readonly [which: string, rest: string];

const sameSource: Record<Extract<WhoseKey, {kind: 'sameSource'}>['source'], Whose> = {
	env: ['检查的是 DEEPSEEK_API_KEY 当时的 key', '，不是现在这个'],
	dotenv: ['检查的是 .env 文件当时的 key', '，不是现在这个'],
	remembered: ['检查的是当时记住的 key', '，不是现在记住的这个'],
};

const otherSource: Record<Extract<WhoseKey, {kind: 'otherSource'}>['source'], string> = {
	env: '检查的是 DEEPSEEK_API_KEY 里的 key',
	dotenv: '检查的是 .env 文件里的 key',
	remembered: '检查的是记住的 key',
	prompt: '检查的是你粘贴的 key',
};

const notInUse = '，不是现在用的这个';

/** settings/whose-key.ts 选定的情形；来源不明时没有句子的其余部分：由 elsewhere 整句说。 */
function otherKey(key: WhoseKey): Whose | undefined {
	switch (key.kind) {
		case 'app':
			return [`检查的是 ${agentAppNames[key.app]} 设置里的 key`, notInUse];
		case 'sameSource':
			return sameSource[key.source];
		case 'otherSource':
			return [otherSource[key.source], notInUse];
		case 'unknown':
			return undefined;
	}
}

export const whoseMessages: WhoseMessages = {
	elsewhere: p => {
		if (p.changed === 'baseUrl') return p.short ? '用的是另一个 base URL' : '用的不是现在这个 base URL';
		const whose = otherKey(whoseKey(p.keyWas, p.keyIs));
		if (whose === undefined) return p.short ? '检查的是另一个 key' : '检查的不是现在这个 key';
		return p.short ? whose[0] : whose[0] + whose[1];
	},
};
