import type {Plugin} from 'esbuild';
export function withoutInkDev(file: string, source: string): string;
export const inkDevPlugin: Plugin;
