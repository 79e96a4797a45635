// The leaf screen and its layout (leaf.tsx, ../leaf-fit.ts) are a chunk of their own, loaded
// once after the wizard's first frame, while the user reads the start menu (app.tsx), and at
// the latest when a check run starts: the build compiles that chunk's functions as it loads
// (scripts/eager-functions.mjs), so a result frame no longer compiles them after the last
// answer, and the first frame does not either. The view draws a leaf from the loaded module;
// reached before it is in (a key pressed at once), the leaf waits for it (wizard-view.tsx).
type LeafModule = typeof import('./leaf.js');
export type LeafScreenComponent = LeafModule['LeafScreen'];

let loaded: LeafModule | undefined;
let loading: Promise<LeafModule> | undefined;

/** Loads the leaf screen once, whoever asks first; after a failure the next ask tries again. */
export function loadLeafScreen(load: () => Promise<LeafModule> = () => import('./leaf.js')): Promise<LeafModule> {
	loading ??= load().then(
		module => {
			loaded = module;
			return module;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}

/** The leaf screen if its chunk is in, else undefined. */
export function loadedLeafScreen(): LeafScreenComponent | undefined {
	return loaded?.LeafScreen;
}

/** Starts the load a moment after now (a timer, so that ink's first frame is written first); a failure waits for the leaf to say it. */
export function loadLeafScreenSoon(): () => void {
	const later = setTimeout(() => void loadLeafScreen().catch(() => undefined), 0);
	return () => clearTimeout(later);
}
