// Types for the two undici modules imported directly (see source/deepseek/undici-parts.ts):
// undici ships types only for its index.
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
	import type {EnvHttpProxyAgent} from 'undici';
	const EnvHttpProxyAgentClass: typeof EnvHttpProxyAgent;
	export default EnvHttpProxyAgentClass;
}

declare module 'undici/lib/api/api-request.js' {
	import type {Dispatcher} from 'undici';
	/** undici's `Dispatcher.prototype.request`: `this` is the dispatcher. */
	function request(this: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
	export default request;
}
