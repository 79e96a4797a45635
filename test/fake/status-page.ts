// DeepSeek's status page summary as Flashduty serves it (docs/deepseek-api.md, "Status page"):
// `{data: {page, components: [{name, status}], active_changes: [...]}}`.
import {json, unixSeconds, html, type Answer} from './reply.js';

export type ComponentStatus = 'operational' | 'degraded' | 'partial_outage' | 'full_outage' | 'maintenance';

export const apiComponentName = 'API 服务';
const webChatComponentName = '网页对话服务';
const pageId = 6410630422455;
const apiComponentId = '01JQ8F3Z6ZJE40H55GM31RPAPI';
const webChatComponentId = '01JQ8F3Z6ZJE40H55GM31RPWEB';

const incidentTitles: Record<Exclude<ComponentStatus, 'operational'>, string> = {
	degraded: 'API 服务响应变慢',
	partial_outage: 'API 服务部分不可用',
	full_outage: 'API 服务不可用',
	maintenance: 'API 服务维护',
};

function activeChange(status: Exclude<ComponentStatus, 'operational'>, title = incidentTitles[status]) {
	const startedAt = unixSeconds() - 25 * 60;
	const maintenance = status === 'maintenance';
	return {
		change_id: 6294539747131,
		page_id: pageId,
		type: maintenance ? 'maintenance' : 'incident',
		title,
		description: maintenance ? '计划内维护。' : '我们正在调查 API 服务异常。',
		status: maintenance ? 'ongoing' : 'investigating',
		affected_components: [{component_id: apiComponentId, name: apiComponentName, status}],
		start_at_seconds: startedAt,
		updates: [{
			update_id: '01KDCVJQ88SZPHWPTDV2Z2AZW8',
			at_seconds: startedAt,
			status: maintenance ? 'ongoing' : 'investigating',
			description: maintenance ? '维护进行中。' : '我们正在调查 API 服务异常。',
			component_changes: [{component_id: apiComponentId, component_name: apiComponentName, status}],
		}],
	};
}

/** The summary with the API component in `api` state (and an active change, titled `title`, unless operational). */
export function statusSummary(api: ComponentStatus, title?: string): Answer {
	return json(200, {
		data: {
			page: {page_id: pageId, name: 'DeepSeek Service Status', url_name: 'deepseek', language: 'zh-CN', time_zone: 'Asia/Shanghai'},
			components: [
				{component_id: apiComponentId, name: apiComponentName, status: api},
				{component_id: webChatComponentId, name: webChatComponentName, status: 'operational'},
			],
			active_changes: api === 'operational' ? [] : [activeChange(api, title)],
		},
	}, {'content-type': 'application/json; charset=utf-8'});
}

/** What the retired Atlassian page answers now: a web page, not JSON. */
export function statusPageAsHtml(): Answer {
	return html(200, '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>DeepSeek Service Status</title></head><body><div id="app">正在加载…</div><script src="/assets/index-4f2a9c.js"></script></body></html>');
}
