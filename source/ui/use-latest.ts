// A value from the last committed render, for handlers that run after it (key presses,
// timers) and must not act on what an older render saw.
import {useLayoutEffect, useRef} from 'react';

export function useLatest<T>(value: T): {readonly current: T} {
	const latest = useRef(value);
	// A layout effect runs as the render is committed, before the next key can arrive.
	useLayoutEffect(() => {
		latest.current = value;
	});
	return latest;
}
