// Types for scripts/one-byte-source.mjs (used by the build and its unit test).
export function escapedPart(text: string): string;
export function withOneByteSource(text: string): {text: string; count: number};
export function assertOneByte(file: string, text: string): void;
