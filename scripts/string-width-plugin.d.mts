import type {Plugin} from 'esbuild';
export function lazyEmojiTest(source: string): string;
export function unitByUnit(source: string): string;
export const rgiEmojiOfOneCodePoint: string;
export const stringWidthPlugin: Plugin;
