// Time on screen: the app hands its clocks down once (a test can inject its own), and a
// component that shows time that moves on (a check running for 3 s, a countdown) asks
// for a fresh reading every tick.
import {createContext, useContext, useEffect, useState} from 'react';
import {monotonicMs} from '../monotonic.js';

type Clocks = {
	/** A monotonic clock in ms, for how long something has taken. */
	clock: () => number;
	/** The date and time, for how long ago something happened. */
	now: () => Date;
	/** How often time on screen moves on. */
	tickMs: number;
};

export const ClockContext = createContext<Clocks>({clock: monotonicMs, now: () => new Date(), tickMs: 1000});

export function useClocks(): Clocks {
	return useContext(ClockContext);
}

/** The monotonic clock, read on every render; while `active`, a render comes every tick. */
export function useTick(active = true): number {
	const {clock, tickMs} = useClocks();
	const [, setTicks] = useState(0);
	useEffect(() => {
		if (!active) return undefined;
		const timer = setInterval(() => setTicks(ticks => ticks + 1), tickMs);
		return () => clearInterval(timer);
	}, [active, tickMs]);
	return clock();
}
