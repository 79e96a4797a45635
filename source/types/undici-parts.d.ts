// Types for the undici modules imported directly (see source/deepseek/undici-parts.ts):
// undici ships types only for its index.
declare module 'undici/lib/dispatcher/proxy-agent.js' {
	import type {ProxyAgent} from 'undici';
	const ProxyAgentClass: typeof ProxyAgent;
	export default ProxyAgentClass;
}

declare module 'undici/lib/dispatcher/agent.js' {
	import type {Agent} from 'undici';
	const AgentClass: typeof Agent;
	export default AgentClass;
}

declare module 'undici/lib/dispatcher/dispatcher.js' {
	import type {Dispatcher} from 'undici';
	const DispatcherClass: typeof Dispatcher;
	export default DispatcherClass;
}

declare module 'undici/lib/api/api-request.js' {
	import type {Dispatcher} from 'undici';
	/** undici's `Dispatcher.prototype.request`: `this` is the dispatcher. */
	function request(this: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
	export default request;
}

declare module 'undici/lib/api/api-connect.js' {
	import type {Dispatcher} from 'undici';
	/** undici's `Dispatcher.prototype.connect`: `this` is the dispatcher. */
	function connect(this: Dispatcher, options: Dispatcher.ConnectOptions): Promise<Dispatcher.ConnectData>;
	export default connect;
}

declare module 'undici/lib/dispatcher/pool.js' {
	import type {Pool} from 'undici';
	const PoolClass: typeof Pool;
	export default PoolClass;
}

declare module 'undici/lib/dispatcher/socks5-proxy-agent.js' {
	import type {Socks5ProxyAgent} from 'undici';
	const Socks5ProxyAgentClass: typeof Socks5ProxyAgent;
	export default Socks5ProxyAgentClass;
}

declare module 'undici/lib/core/connect.js' {
	import type {buildConnector} from 'undici';
	const buildConnectorFunction: typeof buildConnector;
	export default buildConnectorFunction;
}
