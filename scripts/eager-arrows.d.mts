// Types for scripts/eager-arrows.mjs (used by the build, the bench and its unit test).
export function withEagerArrows(text: string, sourceType?: 'module' | 'script'): {text: string; count: number};
