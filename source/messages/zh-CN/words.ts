// 几个表共用的词（简体中文）。

/** 状态页的组件状态（deepseek/parse.ts 的 componentStatuses）。 */
export const serviceStates: Readonly<Record<string, string>> = {
	operational: '正常',
	maintenance: '维护中',
	degraded: '性能下降',
	partial_outage: '部分中断',
	full_outage: '全面中断',
};
