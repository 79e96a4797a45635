// Preload for `npm run bench` (node --import): at exit, writes the process's own peak
// resident memory (KB, as getrusage reports it) to BENCH_MAX_RSS_FILE.
import {writeFileSync} from 'node:fs';

process.on('exit', () => {
	writeFileSync(process.env.BENCH_MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
