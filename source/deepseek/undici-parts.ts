// Only the two parts of undici this tool uses. `import 'undici'` evaluates all of it —
// fetch, WebSocket, caches, mocks (~700 KB bundled) — which cost every run of `check`
// tens of milliseconds of start-up (measured with `npm run bench`).
import type {Dispatcher} from 'undici';
import requestOnDispatcher from 'undici/lib/api/api-request.js';
import EnvHttpProxyAgentClass from 'undici/lib/dispatcher/env-http-proxy-agent.js';

export const EnvHttpProxyAgent = EnvHttpProxyAgentClass;

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & {dispatcher: Dispatcher};

/** undici's `request(url, options)`, minus the global-dispatcher fallback we never use. */
export function request(url: URL, options: RequestOptions): Promise<Dispatcher.ResponseData> {
	const {dispatcher, ...rest} = options;
	return requestOnDispatcher.call(dispatcher, {...rest, origin: url.origin, path: `${url.pathname}${url.search}`});
}
