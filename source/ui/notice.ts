/** A sentence shown under a leaf after one of its actions: what was done, or what went wrong. */
export type Notice = {text: string; tone: 'good' | 'bad'};
