// The leaves of the tree: what was found and the fix, built from the check results. Each result screen is built in
// the module of source/tree/leaves/ whose theme it shares (key, network, relay, balance, topup, request, ok, faq;
// shared.ts holds what they all use); this file only lists them, in the order the tree has always listed them.
import type {LeafNode} from './types.js';
import {alertSavedLeaf, balanceLeaf, balanceUnreadLeaf, bonusOnlyLeaf, deepseekOkLeaf, drainLeaf, zeroBalanceLeaf} from './leaves/balance.js';
import {faqAlertsLeaf, faqAutoReloadLeaf, faqCacheLeaf, faqPlansLeaf, faqTeamsLeaf} from './leaves/faq.js';
import {invalidKeyLeaf, keyExposedLeaf, keyOkLeaf, noKeyLeaf} from './leaves/key.js';
import {networkLeaf, reachableLeaf} from './leaves/network.js';
import {okLeaf, unknownLeaf} from './leaves/ok.js';
import {relayLeaf} from './leaves/relay.js';
import {modelNotFoundLeaf, outageLeaf, rateLimitedLeaf, serverErrorLeaf} from './leaves/request.js';
import {callsWorkLeaf, otherAccountLeaf, paidElsewhereLeaf, paymentFailedLeaf, probeOkLeaf, supportLeaf, toppedUpLeaf, topupPendingLeaf, waitOverLeaf} from './leaves/topup.js';

/** Built with the tree, in the current language (nodes.ts). */
export const leaves = (): readonly LeafNode[] => [
	noKeyLeaf(),
	invalidKeyLeaf(),
	keyOkLeaf(),
	networkLeaf(),
	relayLeaf(),
	zeroBalanceLeaf(),
	bonusOnlyLeaf(),
	balanceLeaf(),
	balanceUnreadLeaf(),
	probeOkLeaf(),
	topupPendingLeaf(),
	toppedUpLeaf(),
	callsWorkLeaf(),
	waitOverLeaf(),
	otherAccountLeaf(),
	paymentFailedLeaf(),
	paidElsewhereLeaf(),
	supportLeaf(),
	modelNotFoundLeaf(),
	rateLimitedLeaf(),
	serverErrorLeaf(),
	outageLeaf(),
	reachableLeaf(),
	drainLeaf(),
	keyExposedLeaf(),
	alertSavedLeaf(),
	deepseekOkLeaf(),
	okLeaf(),
	unknownLeaf(),
	faqPlansLeaf(),
	faqAutoReloadLeaf(),
	faqAlertsLeaf(),
	faqTeamsLeaf(),
	faqCacheLeaf(),
];
