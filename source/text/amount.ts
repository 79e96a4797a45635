// How every output writes an amount of money: the figure, then its currency code ("47.44 CNY"), in both
// languages (the Chinese glossary writes 余额 0.00 CNY), in every text, report and JSON sentence. The one
// rule: the balance's headline once said "CNY 47.44" beside "47.44 CNY" everywhere else.

/** `amount` as written (a decimal string), then `currency` (a code such as CNY or USD; none: the figure alone). */
export function amountText(amount: string, currency: string | undefined): string {
	return currency === undefined || currency === '' ? amount : `${amount} ${currency}`;
}
