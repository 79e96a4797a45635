/**
 * A sentence shown under a leaf (or the start menu) after one of its actions: what was
 * done, or what went wrong; `copyable` is text shown as it is on a line of its own, to be
 * selected (a copied link).
 */
export type Notice = {text: string; tone: 'good' | 'bad'; copyable?: string};

export const noticeColour = (notice: Notice): string => (notice.tone === 'good' ? 'green' : 'red');
