// 时长和“多久以前”（简体中文），与 ../time.ts 同一类型；数字由 domain/duration.ts 算出。
import {agoParts, countdownMs, elapsedMs, roundedMs, spanParts} from '../../domain/duration.js';
import type {TimeMessages} from '../time.js';

const agoUnits = {minutes: '分钟', hours: '小时', days: '天'} as const;

export const timeMessages: TimeMessages = {
	duration: p => {
		const span = spanParts(p.ms);
		if ('ms' in span) return `${span.ms} 毫秒`;
		const {hours, minutes, seconds} = span;
		if (hours > 0) return minutes > 0 ? `${hours} 小时 ${minutes} 分` : `${hours} 小时`;
		if (minutes > 0) return seconds > 0 ? `${minutes} 分 ${seconds} 秒` : `${minutes} 分钟`;
		return `${seconds} 秒`;
	},
	limit: p => (p.ms >= 1000 && p.ms < 60_000 && p.ms % 1000 !== 0 ? `${(p.ms / 1000).toFixed(1)} 秒` : timeMessages.duration(p)),
	countdown: p => timeMessages.duration({ms: countdownMs(p.ms)}),
	elapsed: p => timeMessages.duration({ms: elapsedMs(p.ms)}),
	waited: p => timeMessages.duration({ms: roundedMs(p.ms)}),
	ago: p => {
		const ago = agoParts(p.ms);
		return ago.unit === 'now' ? '刚刚' : `${ago.count} ${agoUnits[ago.unit]}前`;
	},
};
