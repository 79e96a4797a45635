// Preload (NODE_OPTIONS=--import) for the connections-at-exit test: at exit, writes to the file
// RECORD_SOCKETS_FILE how many sockets undici connected and how many of them were still open.
// Plain JavaScript, so that the built CLI loads it without tsx.
import diagnosticsChannel from 'node:diagnostics_channel';

const sockets = [];
diagnosticsChannel.subscribe('undici:client:connected', message => sockets.push(message.socket));
process.on('exit', () => {
	const open = sockets.filter(socket => !socket.destroyed).length;
	process.getBuiltinModule('node:fs').writeFileSync(process.env.RECORD_SOCKETS_FILE, JSON.stringify({connected: sockets.length, open}));
});
