// Only the parts of undici this tool uses. `import 'undici'` evaluates all of it —
// fetch, WebSocket, caches, mocks (~700 KB bundled) — which cost every run of `check`
// tens of milliseconds of start-up (measured with `npm run bench`; see docs/development.md).
//
// undici's index.js is also what gives every dispatcher its `request()` and `connect()`
// methods. ProxyAgent opens its tunnel with `connect()` (an HTTP CONNECT to the proxy):
// without it every https request through HTTPS_PROXY fails before anything is sent.
// The proxy tests (test/unit/client.test.ts, test/integration/proxy.test.ts) run that path.
import type {Dispatcher as DispatcherType} from 'undici';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import connect from 'undici/lib/api/api-connect.js';
import request from 'undici/lib/api/api-request.js';
import AgentClass from 'undici/lib/dispatcher/agent.js';
import PoolClass from 'undici/lib/dispatcher/pool.js';
import ProxyAgentClass from 'undici/lib/dispatcher/proxy-agent.js';
import Socks5ProxyAgentClass from 'undici/lib/dispatcher/socks5-proxy-agent.js';
import buildConnectorFunction from 'undici/lib/core/connect.js';

Object.assign(Dispatcher.prototype, {request, connect});

export const Agent = AgentClass;
export const ProxyAgent = ProxyAgentClass;
export const Pool = PoolClass;
export const Socks5ProxyAgent = Socks5ProxyAgentClass;
export const buildConnector = buildConnectorFunction;
export type {DispatcherType as Dispatcher};
