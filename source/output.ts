/**
 * Standard output for printed commands. Node's `process.stdout` is a stream whose first use loads
 * the stream modules (for a terminal also net and tty): about 5 ms of a printed command's start-up.
 * Output to a file, a pipe or /dev/null is written straight to the descriptor instead; a terminal
 * still gets the stream, which also knows its width and colours.
 */
import {fstatSync, statSync, writeSync} from 'node:fs';

/** Whether descriptor 1 may be a terminal: a character device other than /dev/null. */
function mayBeTerminal(): boolean {
	try {
		const stat = fstatSync(1);
		return stat.isCharacterDevice() && stat.rdev !== statSync('/dev/null').rdev;
	} catch {
		// No /dev/null (not a Unix-like system), or no descriptor 1: the stream decides.
		return true;
	}
}

let terminal: boolean | undefined;

/** Whether standard output may be a terminal (asked once): only then is `process.stdout` worth its cost. */
export function stdoutMayBeTerminal(): boolean {
	terminal ??= mayBeTerminal();
	return terminal;
}

/** Waits `ms` without returning to the event loop. */
function pause(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Writes `text` to standard output before returning. A reader that went away (`sc-timeline summary
 * | head -1`) is a normal way to stop: the process ends with 0, as it did with the stream.
 */
export function writeOut(text: string): void {
	if (stdoutMayBeTerminal()) {
		process.stdout.write(text);
		return;
	}
	const bytes = Buffer.from(text);
	for (let written = 0; written < bytes.length; ) {
		try {
			written += writeSync(1, bytes, written);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EPIPE') process.exit(0);
			// A non-blocking pipe that is full (shared with a parent that made it so): wait for the reader.
			if (code !== 'EAGAIN') throw error;
			pause(1);
		}
	}
}

/** Ends the process with 0 when a terminal's reader goes away, as `writeOut` does for a pipe. */
export function endOnClosedTerminal(): void {
	if (!stdoutMayBeTerminal()) return;
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
}
