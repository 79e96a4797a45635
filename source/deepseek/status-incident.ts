// What a status page incident's title says beyond the components it names. DeepSeek's titles name the component
// ("API 服务响应变慢"): where the rest only restates the state the row already gives ("不可用", "维护"), it adds
// nothing; where it says how ("响应变慢": slow responses), it is the hint for calls that fail only sometimes.

/** A rest that is only a state, in DeepSeek's words or a page's English ones: the row's state already says it. */
const restatesState = /^(?:(?:服务)?(?:部分|全面|严重)?(?:服务)?(?:不可用|中断|故障|异常|宕机|维护中?|降级|性能下降)|(?:is |are )?(?:partial(?:ly)?|full|major|minor)? ?(?:outage|down|degraded|unavailable|maintenance|disruption|incident|issues?))$/iu;

/** Rests of DeepSeek's titles said in English (its page is in Chinese); others are shown as the title comes. */
const restsInEnglish: ReadonlyMap<string, string> = new Map([
	['响应变慢', 'responses slowing down'],
	['响应缓慢', 'slow responses'],
	['响应慢', 'slow responses'],
	['延迟升高', 'higher latency'],
	['延迟增加', 'higher latency'],
	['部分请求失败', 'some requests failing'],
	['部分请求报错', 'some requests failing'],
]);

/** The title without the names of `components` (the page's own): undefined where nothing is left but a state. */
function incidentBeyondNames(title: string, components: readonly string[]): string | undefined {
	let rest = title;
	for (const name of components) if (name) rest = rest.replaceAll(name, ' ');
	rest = rest.replaceAll(/[\s\p{P}]+/gu, ' ').trim();
	return rest === '' || restatesState.test(rest) ? undefined : rest;
}

/** What an English row says of an incident whose title names `components`: its rest in English, else the title; undefined where it adds nothing. */
export function incidentInEnglish(title: string, components: readonly string[]): string | undefined {
	const rest = incidentBeyondNames(title, components);
	return rest === undefined ? undefined : restsInEnglish.get(rest) ?? title;
}
