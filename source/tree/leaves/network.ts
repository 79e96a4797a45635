// The way to the service: the network result (cannot get through, and the more precise cause a row or going direct
// found: a proxy, a certificate, WSL or a container's loopback, a fake-ip app) and the reachable result (this tool
// gets through; a proxy other programs use may not).
import {fixes} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import {containerPlace} from '../../deepseek/container.js';
import {directFindingSaid, directRefusal} from '../../deepseek/going-direct.js';
import {outageCanReach} from '../../providers/table.js';
import {sanitize} from '../../text/safe.js';
import type {Fix} from '../../verdict.js';
import * as facts from '../facts.js';
import type {LeafNode, View} from '../types.js';
import {defined, hostOf, leaf, requestDeadlineMs, serviceElsewhere, withDiagnosisFixes} from './shared.js';

/** The API host reachable only through the proxy in `variable`: the title, crumb and line both results that find it say. */
export function onlyThroughProxySaid(view: View, variable: string) {
	return {
		title: wizardText.leaves.reachable.onlyThroughProxyTitle({host: hostOf(view), variable}),
		crumb: wizardText.leaves.reachable.onlyThroughProxyCrumb,
		restates: 'network' as const,
		lines: [wizardText.leaves.reachable.onlyThroughProxy({variable})],
	};
}

export const networkLeaf = (): LeafNode =>
	leaf('leaf.network', wizardText.leaves.network.crumb, view => {
		const reason = facts.networkReason(view.results);
		// The service, or a proxy in between, answered that its own call on failed (a certificate it could not verify
		// behind it, no answer from there, its own secure connection, any other 5xx page of a proxy): it got there, so
		// check's finding and fix, never "cannot get through".
		const wayOut = view.diagnosis.verdict === 'network_error' && reason === undefined ? facts.wayOutFailure(view.results) : undefined;
		if (wayOut) {
			return {
				tone: 'bad',
				title: wizardText.leaves.network[`title${wayOut.kind}`]({host: hostOf(view)}),
				crumb: wizardText.leaves.network[`crumb${wayOut.kind}`],
				restates: wayOut.id,
				lines: [view.diagnosis.summary],
				fixes: withDiagnosisFixes(view, []),
				verdict: 'network_error',
			};
		}
		// The host took the connection and only its answers came too late: it is reached and slow (check's verdict and
		// fixes, more time first), never "cannot get through" nor the firewall and proxy advice.
		const slow = view.diagnosis.verdict === 'network_error' ? facts.slowAnswer(view.results) : undefined;
		if (slow) {
			const shown = view.diagnosis.fixes;
			// The row check's ending names (Diagnosis.quotes): the first that says the timeout.
			const quoted = view.diagnosis.quotes;
			const first = quoted?.as === 'slow' ? quoted.row : undefined;
			return {
				tone: 'bad',
				title: wizardText.leaves.network.slowTitle({host: hostOf(view)}),
				crumb: wizardText.leaves.network.slowCrumb,
				// The first row that says the timeout (the endpoint check's, where the API checks' then read "Same as above."),
				// as check's ending names it: cut to its first clause, it says the wait; the title and the fixes say the rest.
				restates: first,
				// The test call's row, which says it again under the status row that is seldom drawn: one row too.
				...(first !== 'probe' && view.results.get('probe')?.summary === view.results.get(first ?? slow.id)?.summary ? {restatesAlso: 'probe' as const} : {}),
				lines: defined([wizardText.leaves.network.slow({connectMs: slow.connectMs}), shown.some(fix => fix.id === 'status_page') ? wizardText.leaves.network.statusAdvice : undefined]),
				fixes: shown,
				verdict: 'network_error',
			};
		}
		// A row that says the cause more precisely than the general line for its reason: that sentence is the first
		// line, in place of the general one (a short window drops rows, never the first line), and the row it restates
		// takes one row. A failed proxy's row names it, where it comes from and what to do; a variable that holds no
		// proxy URL: the network check's row says it first, in the same words as the API checks'; a proxy that never
		// answered the tunnel request: the row that timed out there says the proxy itself is stuck; a certificate not
		// trusted: the row that names its issuer (and the proxy it came through) or NODE_EXTRA_CA_CERTS's file; a proxy
		// app's fake-ip address that took no connection: the network row that names the address and the app; the
		// system's proxy settings, which browsers follow and the calls did not: the network row that names them.
		const route = facts.fakeIpRoute(view.results);
		const fakeIp = route?.connected === false;
		// Inside WSL 2, a proxy or service on loopback refused: the network row says why (Windows' 127.0.0.1 is not WSL's).
		const wsl = facts.wslLoopback(view.results);
		// Inside a container, the same: the host's 127.0.0.1 is not the container's.
		const container = facts.containerLoopback(view.results);
		// A certificate outside its dates: the network row names them and this computer's clock.
		const outOfDate = facts.certificateOutOfDate(view.results);
		// A name only containers resolve: the network row says where it comes from and what stands for it here.
		const inContainers = facts.unresolvedContainerName(view.results);
		// A known service's name that resolved to this computer: the network row names the address and the hosts file.
		const here = facts.resolvedHereRoute(view.results);
		// A handshake answered in plain text at the base URL's port: the network row says http:// (or the port), not an interceptor.
		const plain = facts.plainAnswer(view.results) !== undefined;
		const networkSaysWhy = facts.badProxy(view.results) !== undefined || fakeIp || wsl !== undefined || container !== undefined || outOfDate !== undefined || facts.systemProxy(view.results) !== undefined
			|| inContainers !== undefined || here !== undefined || plain;
		const preciseRow = (networkSaysWhy ? 'network' : facts.proxyFailure(view.results) ?? facts.silentProxy(view.results) ?? facts.closedTunnel(view.results) ?? facts.plainTunnel(view.results)?.id)
			?? facts.preciseUntrusted(view.results);
		const rowSaysWhy = preciseRow !== undefined && (view.shown === undefined || view.shown.has(preciseRow));
		const rowSays = preciseRow === undefined ? undefined : view.results.get(preciseRow)?.summary;
		// Going direct, measured beside the proxy that failed: the title says what it found, and so does a line under the
		// proxy's row where that row is not the network check's (whose own sentence says it): a refused tunnel, a login.
		const direct = facts.goingDirect(view.results);
		const directLine = direct && !(rowSaysWhy && preciseRow === 'network') ? directFindingSaid(direct.look, hostOf(view).replace(/:\d+$/, '')) : undefined;
		// The service was reached and began to answer: "cannot get through" would be wrong.
		const cutAt = facts.cutOffAnswer(view.results);
		const cut = preciseRow === undefined && cutAt !== undefined;
		// A stall this tool gave up on: the row that says after how long is cut to "see below" (cutQuoted), so the line says it.
		const gaveUpAfter = cutAt !== undefined && view.results.get(cutAt)?.details['reason'] === 'timeout' ? (requestDeadlineMs(view) / 1000).toFixed(1) : undefined;
		// Its row (the one check's ending names, Diagnosis.quotes) says it began and stopped too: one row under the title and the line.
		const quoted = view.diagnosis.quotes;
		const cutQuoted = cut && quoted?.as === 'lead' && quoted.lead === 'answersCutOff' ? quoted.row : undefined;
		const viaProxy = facts.networkProxy(view.results);
		// The network check connected to the host itself, then the API's connection broke off unanswered: reached, so never
		// "cannot get through" (check's connectionCutOff).
		const cutBefore = !cut && reason === 'connection_reset' && facts.reachedDirectly(view.results.get('network')) !== undefined;
		// Under that title, the API check's row that says who closed it and what to try is the line, and takes one row
		// above (the title, the row and a general line would say "cut before any answer" three times).
		const cutRow = cutBefore ? (['auth', 'balance', 'probe'] as const).map(id => view.results.get(id)).find(result => result?.details['reason'] === 'connection_reset') : undefined;
		const why = cut
			? wizardText.leaves.network.cutOff(gaveUpAfter)
			: rowSaysWhy && rowSays !== undefined
			? sanitize(rowSays)
			: cutRow
			? sanitize(cutRow.summary)
			// No API check's row says it: only who usually cuts it (the title says what happened).
			: cutBefore
			? wizardText.leaves.network.cutBeforeAnswer
			: reason === 'timeout' && viaProxy !== undefined
			? wizardText.leaves.network.timeoutViaProxy({proxy: sanitize(viaProxy)})
			: reason
			? wizardText.leaves.network.reasons[reason]
			: undefined;
		// What to check for this reason first, the status page after, as the lines say them. A network error's own
		// fixes are this pair by the network check's reason alone: the leaf's (a proxy named by any check) is not repeated beside it.
		// Where check's fixes are more precise (the diagnosis marks them: a proxy's login or variable, answers cut off, a
		// certificate file other tools trust, a proxy that other tools use or NO_PROXY bypassed), its fixes.
		// The host the calls go to, as check's fix names it (the endpoint check's): "allow api.deepseek.com" at openrouter.ai was wrong.
		const network = fixes.network(reason, hostOf(view), viaProxy !== undefined);
		const shownFixes = view.diagnosis.verdict !== 'network_error' ? withDiagnosisFixes(view, [network, fixes.statusPage()])
			: view.diagnosis.preciseFixes ? view.diagnosis.fixes : [network, fixes.statusPage()];
		// The status page's line only beside its fix: check leaves it out where the server is not known to be DeepSeek's.
		const statusAdvice = shownFixes.some(fix => fix.id === 'status_page') ? wizardText.leaves.network.statusAdvice : undefined;
		return {
			tone: 'bad',
			title: cut ? wizardText.leaves.network.cutOffTitle(hostOf(view))
				: fakeIp ? wizardText.leaves.network.titleFakeIp({host: hostOf(view)})
				: here ? (here.private ? wizardText.leaves.network.titleResolvedPrivate({host: here.host}) : wizardText.leaves.network.titleResolvedHere({host: here.host}))
				: wsl ? wizardText.leaves.network.titleWsl({loopback: wsl.loopback})
				: container ? wizardText.leaves.network.titleContainer({loopback: container.loopback, place: containerPlace(container.kind)})
				: inContainers && inContainers.kind !== 'service_name' ? wizardText.leaves.network.titleContainerHost({name: inContainers.name})
				: outOfDate?.expired ? wizardText.leaves.network.titleExpired({host: outOfDate.host})
				: outOfDate ? wizardText.leaves.network.titleClockBehind
				: direct && directRefusal(direct.look, hostOf(view).replace(/:\d+$/, '')) === 'service' ? wizardText.leaves.network.titleServiceRefuses
				: direct ? wizardText.leaves.network.titleGoingDirect({works: direct.finding === 'works'})
				: cutBefore ? wizardText.leaves.network.cutBeforeAnswerTitle({host: hostOf(view)})
				: wizardText.leaves.network.title(hostOf(view)),
			...(cut ? {crumb: wizardText.leaves.network.cutOffCrumb} : cutBefore ? {crumb: wizardText.leaves.network.cutBeforeAnswerCrumb} : {}),
			...(rowSaysWhy && rowSays !== undefined ? {restates: preciseRow} : cutRow ? {restates: cutRow.id} : cutQuoted ? {restates: cutQuoted} : {}),
			// The proxy variables are beside the point where the app's TUN takes the calls whatever they say. Where it
			// connected, its node is the suspect: said first, as a short window keeps only the first line.
			lines: route?.connected && !cut && facts.isConnectionReason(reason)
				? defined([wizardText.leaves.network.fakeIpConnected({ip: route.address}), why, statusAdvice])
				// Where going direct works, the proxy variables are what to drop: "your program may need the same settings" would say the opposite.
				: defined([why, directLine, fakeIp || here || plain || wsl || container || outOfDate || direct?.finding === 'works' ? undefined : wizardText.leaves.network.proxyAdvice, statusAdvice]),
			fixes: shownFixes,
			verdict: 'network_error',
		};
	});

export const reachableLeaf = (): LeafNode =>
	leaf('leaf.reachable', wizardText.leaves.reachable.crumb, view => {
		const look = whereToLook(view);
		// This tool gets through, but ALL_PROXY, which the user's program may use, is dead: that is the finding.
		const theirs = facts.otherToolsProxyDown(view.results);
		if (theirs) {
			return {
				tone: 'bad',
				title: wizardText.leaves.reachable.otherToolsProxyTitle(theirs),
				crumb: wizardText.leaves.reachable.otherToolsProxyCrumb,
				restates: 'network' as const,
				lines: [wizardText.leaves.reachable.otherToolsProxy(theirs)],
				fixes: [fixes.otherToolsProxy(theirs.variable, theirs.proxy), ...look],
				verdict: view.diagnosis.verdict,
			};
		}
		// Reachable only through the proxy this tool uses: a Node program that ignores the proxy variables cannot connect.
		const proxied = facts.onlyThroughProxy(view.results);
		if (proxied) {
			return {
				tone: 'bad',
				...onlyThroughProxySaid(view, proxied.variable),
				fixes: [fixes.nodeEnvProxy(proxied.variable), ...look],
				verdict: view.diagnosis.verdict,
			};
		}
		// A base URL on this computer, and a proxy set that Python's clients would send its calls to: NO_PROXY first, as check's advice.
		const local = facts.localCallsProxy(view.results);
		return {
			tone: 'good',
			title: wizardText.leaves.reachable.title(hostOf(view)),
			lines: [...wizardText.leaves.reachable.lines],
			fixes: local ? [fixes.localNoProxy(local.variable, local.host), ...look] : look,
			verdict: view.diagnosis.verdict,
		};
	});

/**
 * Where to look when the service answers this tool (the reachable leaf): DeepSeek's status
 * page; at another service, that service first (its console, as check's first fix there,
 * else whoever runs it), and DeepSeek's status page only where it may send the calls on to DeepSeek.
 */
function whereToLook(view: View): Fix[] {
	const name = serviceElsewhere(view);
	if (name === undefined) return [fixes.statusPage()];
	const found = facts.provider(view.results);
	return [fixes.consoleOr(found, fixes.askOperatorAboutErrors(name)), ...(outageCanReach(found?.id) ? [fixes.statusPage()] : [])];
}
