/**
 * A large file's bytes, read from the moment the command line knows the explorer will load it:
 * the disk reads on the thread pool while the explorer's code loads and draws its first frame,
 * instead of after. The explorer's loader (progressive.ts) takes the reading over, with how far it
 * has got; anything that goes wrong is its to word, when it awaits the bytes.
 */
import {stat} from 'node:fs/promises';
import type {Stats} from 'node:fs';
import {readBytes} from '../read-file.js';

/** Bytes read per step: small enough that a frame and keys come in between, large enough to read at full speed. */
const chunkBytes = 4 * 1024 * 1024;

/** A file being read: what it was before the reading began (undefined if that could not be told), its bytes, and a way to follow the reading. */
export type ReadAhead = {
	before: Promise<Stats | undefined>;
	bytes: Promise<Buffer>;
	/** Calls `progress` with the bytes read so far and the file's size: at once, if some are, then as each step is read. */
	follow: (progress: (done: number, size: number) => void) => void;
};

/** Starts reading `file`. */
export function readAhead(file: string): ReadAhead {
	let follower: ((done: number, size: number) => void) | undefined;
	let last: [number, number] | undefined;
	// What the file was before it was read: its articles are read again from it when shown, if it has not changed since.
	const before = stat(file).catch(() => undefined);
	const bytes = before.then(() =>
		readBytes(file, {
			chunkBytes,
			onProgress: (done, size) => {
				last = [done, size];
				follower?.(done, size);
			},
		}),
	);
	// Awaited by the loader, which words the error: not unhandled meanwhile.
	bytes.catch(() => {});
	return {
		before,
		bytes,
		follow: progress => {
			follower = progress;
			if (last !== undefined) progress(...last);
		},
	};
}
