/**
 * A sentence shown under a leaf (or the start menu) after one of its actions: what was
 * done, what went wrong, or (`wait`) what it waits for before its outcome replaces it;
 * `copyable` is text shown as it is on a line of its own, to be selected (a copied link).
 */
export type Notice = {text: string; tone: 'good' | 'bad' | 'wait'; copyable?: string};

const colours: Record<Notice['tone'], string> = {good: 'green', bad: 'red', wait: 'yellow'};

export const noticeColour = (notice: Notice): string => colours[notice.tone];
