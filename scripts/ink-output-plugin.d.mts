import type {Plugin} from 'esbuild';
export function quickInkOutput(source: string): string;
export function quickAnsiTokenizer(source: string): string;
export const inkOutputPlugin: Plugin;
