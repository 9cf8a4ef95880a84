/**
 * The one way the program reads a file: timelines (every loading path), articles for `source`,
 * `check`'s input, the state files and the code cache all come through here.
 *
 * - Only a regular file is read. A named pipe, a device (`/dev/zero`), a socket or a directory
 *   is refused with one line before anything is read: a pipe with no writer would block for ever,
 *   a device may never end. The file is opened non-blocking, so even a pipe swapped in between
 *   the check and the open cannot hold the thread; the open descriptor is checked again.
 * - Standard input (`/dev/stdin`) is the one stream read, in chunks, up to the same limit.
 * - Every read has a byte limit, checked before reading and again while reading (a file can grow,
 *   and files under /proc report no size).
 * - `readError` is the one place an errno becomes words.
 *
 * The byte readers (`readBytesSync`, `readBytes`) throw a `NotReadable` or Node's own error and
 * import nothing but `node:fs`, so the command line's small entry can use them for the code cache.
 * Their bytes become text in ./text-file.ts, whose readers turn every failure into a `UserError`
 * naming the file.
 */
import {closeSync, constants, fstatSync, lstatSync, openSync, read, readSync, statSync, type Stats} from 'node:fs';
import {lstat, open, stat, type FileHandle} from 'node:fs/promises';
import {isUserError, UserError} from '../model/errors.js';
import {sanitize} from '../text/sanitize.js';

/** Timelines and articles larger than this are refused before reading: it bounds memory and time. */
export const maxFileBytes = 256 * 1024 * 1024;

/** A size as the limits are said: MB for a timeline's, KB for a state file's (1 MB and a bit is not "1 MB"). */
const sizeText = (bytes: number, limit: number) => (limit >= 16 * 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Why a file was not read, for `readError` to put into words. */
export class NotReadable extends Error {
	constructor(
		readonly why: 'directory' | 'pipe' | 'device' | 'socket' | 'other' | 'too large' | 'stream too large',
		readonly size = 0,
		readonly limit = 0,
	) {
		super(why);
		this.name = 'NotReadable';
	}
}

export type ReadOptions = {
	/** Bytes beyond which the file is refused. */
	limit?: number;
	/** Refuse a symbolic link (the code cache: a planted link must not be followed). */
	noFollow?: boolean;
};

const standardInput = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

function refusal(stats: Stats): NotReadable | undefined {
	if (stats.isFile()) return undefined;
	if (stats.isDirectory()) return new NotReadable('directory');
	if (stats.isFIFO()) return new NotReadable('pipe');
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return new NotReadable('device');
	if (stats.isSocket()) return new NotReadable('socket');
	// A symbolic link, where links are refused (lstat).
	return new NotReadable('other');
}

/** Throws what is wrong with reading the file `stats` describes, within `limit` bytes: not a regular file, or too large. */
function refuseUnreadable(stats: Stats, limit: number): void {
	const refused = refusal(stats);
	if (refused) throw refused;
	if (stats.size > limit) throw new NotReadable('too large', stats.size, limit);
}

// O_NOFOLLOW refuses a link as the file itself; O_NONBLOCK makes opening a pipe return at once.
const openFlags = (noFollow: boolean | undefined) => constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0);

/** Bytes read after the size said at open: a file that grew, or one under /proc that reports 0. */
const growChunk = 1 << 20;

/** Reads standard input in chunks up to `limit`; it has no size to check first and may never end. */
function readStandardInput(limit: number): Buffer {
	const chunks: Buffer[] = [];
	let total = 0;
	for (;;) {
		const chunk = Buffer.allocUnsafe(growChunk);
		let count: number;
		try {
			count = readSync(0, chunk, 0, chunk.length, null);
		} catch (error) {
			// A non-blocking input with nothing yet: wait a little and read again.
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
			continue;
		}
		if (count === 0) return Buffer.concat(chunks, total);
		total += count;
		if (total > limit) throw new NotReadable('stream too large', total, limit);
		chunks.push(chunk.subarray(0, count));
	}
}

/** `openChecked`, without waiting: the file descriptor. */
export function openCheckedSync(location: string, limit: number, noFollow: boolean | undefined): {fd: number; size: number} {
	// Checked by name first, so a device is not even opened (opening some has effects of its own).
	refuseUnreadable(noFollow ? lstatSync(location) : statSync(location), limit);
	const fd = openSync(location, openFlags(noFollow));
	try {
		const stats = fstatSync(fd);
		refuseUnreadable(stats, limit);
		return {fd, size: stats.size};
	} catch (error) {
		closeSync(fd);
		throw error;
	}
}

/**
 * The bytes of the regular file at `location`, at most `limit` of them, without blocking on
 * anything that is not one. Throws `NotReadable` or Node's error (ENOENT, EACCES, ELOOP…).
 */
export function readBytesSync(location: string, {limit = maxFileBytes, noFollow}: ReadOptions = {}): Buffer {
	if (standardInput.has(location)) return readStandardInput(limit);
	const {fd, size} = openCheckedSync(location, limit, noFollow);
	try {
		let bytes = Buffer.allocUnsafe(size);
		let done = 0;
		for (;;) {
			if (done === bytes.length) {
				if (done > limit) throw new NotReadable('too large', done, limit);
				const grown = Buffer.allocUnsafe(Math.min(limit + 1, done + growChunk) - done);
				const count = readSync(fd, grown, 0, grown.length, null);
				if (count === 0) return bytes;
				bytes = Buffer.concat([bytes, grown.subarray(0, count)]);
				done += count;
				continue;
			}
			const count = readSync(fd, bytes, done, bytes.length - done, null);
			if (count === 0) return bytes.subarray(0, done);
			done += count;
		}
	} finally {
		closeSync(fd);
	}
}

/** Reads `readTail` asks for ahead of the one it looks in. */
const readsAhead = 8;

/** A regular file within `limit`, opened, and its size: refused before it is opened and again once it is (it may have been swapped meanwhile). */
async function openChecked(location: string, limit: number, noFollow: boolean | undefined): Promise<{handle: FileHandle; size: number}> {
	refuseUnreadable(noFollow ? await lstat(location) : await stat(location), limit);
	const handle = await open(location, openFlags(noFollow));
	try {
		const stats = await handle.stat();
		refuseUnreadable(stats, limit);
		return {handle, size: stats.size};
	} catch (error) {
		await handle.close();
		throw error;
	}
}

/**
 * The end of a file from its last `needle` on (`readTail`), where that starts, the file's size and
 * its first bytes (for `utf16Problem`). `memory`: what `bytes` are part of, all of it theirs (to be
 * let go of with them: see let-go.ts).
 */
export type FileTail = {bytes: Buffer; memory: ArrayBuffer; from: number; size: number; first: Buffer};

/**
 * The part of the regular file at `location` from the last occurrence of `needle` to its end, read
 * backwards a chunk at a time from the end until it is found: a file whose last part is all that
 * is wanted here need not be read whole on this thread. Undefined when `needle` is not in the
 * file's second half (read it whole then). Refused as `readBytes` refuses.
 */
export function readTail(location: string, needle: Buffer, {limit = maxFileBytes, chunkBytes = 4 * 1024 * 1024, onProgress}: AsyncReadOptions = {}): Promise<FileTail | undefined> {
	// Opened, and the first chunks asked for, now: the thread pool reads them while this thread goes on (the explorer loading its code).
	let opened: {fd: number; size: number};
	try {
		opened = openCheckedSync(location, limit, undefined);
	} catch (error) {
		return Promise.reject(error);
	}
	const {fd, size} = opened;
	// The size is known: the reading is under way.
	onProgress?.(0, size);
	// Backwards from the end, a few chunks asked for ahead of the one looked in.
	const ranges: Array<[number, number]> = [];
	for (let end = size; end > size / 2; end -= chunkBytes) ranges.push([Math.max(0, end - chunkBytes), end]);
	// Each chunk read into its place in memory for the file's second half: the part is there once found, not copied (48 MB at 100,000 events, as many page faults again), and what is never read into is never given memory.
	const low = ranges.at(-1)?.[0] ?? size;
	const memory = Buffer.allocUnsafeSlow(size - low);
	const readAt = (at: number, length: number, bytes = memory.subarray(at - low, at - low + length)) =>
		new Promise<Buffer>((resolve, reject) => {
			read(fd, bytes, 0, length, at, (error, count) => {
				// Shorter than it was when opened: it is being written; the whole file is read instead, as it is then.
				if (error === null && count < length) reject(new Error('short'));
				else if (error === null) resolve(bytes);
				else reject(error);
			});
		});
	const asked: Array<Promise<Buffer>> = [];
	const ask = (k: number) => {
		const [from, end] = ranges[k]!;
		const reading = readAt(from, end - from);
		// Not awaited when the needle is found before: not unhandled.
		reading.catch(() => {});
		asked.push(reading);
	};
	while (asked.length < Math.min(ranges.length, readsAhead)) ask(asked.length);
	const look = async (): Promise<FileTail | undefined> => {
		for (let k = 0; k < ranges.length; k++) {
			while (asked.length < Math.min(ranges.length, k + readsAhead)) ask(asked.length);
			const [from, end] = ranges[k]!;
			await asked[k]!;
			onProgress?.(size - from, size);
			// Found in this chunk, or straddling it and the next (read before it, beside it in memory).
			const found = memory.subarray(from - low, Math.min(size, end + needle.length - 1) - low).lastIndexOf(needle);
			// A turn between chunks, for frames and keys: the chunks asked for ahead may all be in already.
			await new Promise(resolve => setImmediate(resolve));
			if (found === -1) continue;
			if (from + found < size / 2) return undefined;
			const first = await readAt(0, Math.min(2, size), Buffer.allocUnsafe(Math.min(2, size)));
			// The reads asked for ahead finished (they write into the same memory, which the caller may let go of).
			await Promise.allSettled(asked);
			return {bytes: memory.subarray(from + found - low), memory: memory.buffer, from: from + found, size, first};
		}
		return undefined;
	};
	return look()
		.catch((error: unknown) => {
			if (error instanceof Error && error.message === 'short') return undefined;
			throw error;
		})
		.finally(() => {
			// Closed once every read asked for is done, without waiting for those not needed.
			void Promise.allSettled(asked).then(() => closeSync(fd));
		});
}

/** What `readBytes` may also do: read into shared memory (another thread reads it too), report progress. */
export type AsyncReadOptions = ReadOptions & {shared?: boolean; chunkBytes?: number; onProgress?: (done: number, size: number) => void};

/** `readBytesSync` without holding the thread: read in chunks, reporting progress as each comes in, so the screen draws and keys come in between. */
export async function readBytes(location: string, {limit = maxFileBytes, noFollow, shared, chunkBytes = 4 * 1024 * 1024, onProgress}: AsyncReadOptions = {}): Promise<Buffer> {
	if (standardInput.has(location)) return readStandardInput(limit);
	const {handle, size} = await openChecked(location, limit, noFollow);
	try {
		let bytes = shared ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
		// Every chunk asked for at once: the thread pool reads on while this thread is busy (the
		// explorer loading its code, drawing), rather than one chunk per turn of its event loop.
		let read = 0;
		const chunks: Array<Promise<number>> = [];
		for (let at = 0; at < size; at += chunkBytes) {
			chunks.push(
				handle.read(bytes, at, Math.min(chunkBytes, size - at), at).then(({bytesRead}) => {
					read += bytesRead;
					onProgress?.(read, size);
					return bytesRead;
				}),
			);
		}
		const counts = await Promise.all(chunks);
		// A chunk read short: the file ended there (it shrank since it was opened).
		const short = counts.findIndex((count, k) => count < Math.min(chunkBytes, size - k * chunkBytes));
		if (short !== -1) return bytes.subarray(0, short * chunkBytes + counts[short]!);
		let done = size;
		// Whatever follows the size said at open (a file that grew), within the limit.
		for (;;) {
			const more = Buffer.allocUnsafe(Math.min(limit + 1, done + growChunk) - done);
			if (more.length === 0) throw new NotReadable('too large', done, limit);
			const {bytesRead} = await handle.read(more, 0, more.length, done);
			if (bytesRead === 0) return bytes;
			if (done + bytesRead > limit) throw new NotReadable('too large', done + bytesRead, limit);
			const grown = shared ? Buffer.from(new SharedArrayBuffer(done + bytesRead)) : Buffer.allocUnsafe(done + bytesRead);
			bytes.copy(grown, 0, 0, done);
			more.copy(grown, done, 0, bytesRead);
			bytes = grown;
			done += bytesRead;
		}
	} finally {
		await handle.close();
	}
}

/**
 * Whether `error` is a `NotReadable`. Checked by name, not `instanceof`, as `isUserError` is: the
 * command line is built as several files, each with its own copy of the class, and a large file's
 * reading starts in one (read-ahead.ts) and is worded in another.
 */
function isNotReadable(error: unknown): error is NotReadable {
	return error instanceof Error && error.name === 'NotReadable' && 'why' in error;
}

/**
 * What a failed read says after the file's name (`no such file`, `is a named pipe, not a regular
 * file`): the one place an errno or a refusal becomes words. `expected` names what the command
 * wanted (`a JSON file`).
 */
export function readReason(error: unknown, expected = 'a file'): string {
	if (isNotReadable(error)) {
		if (error.why === 'too large') return `file is ${sizeText(error.size, error.limit)}, larger than the ${sizeText(error.limit, error.limit)} limit`;
		if (error.why === 'stream too large') return `more than the ${sizeText(error.limit, error.limit)} limit`;
		const what = {directory: 'is a directory', pipe: 'is a named pipe', device: 'is a device', socket: 'is a socket', other: 'is not a regular file'}[error.why];
		return `cannot read: ${what}, expected ${expected}`;
	}
	return `cannot read: ${errnoText(error, expected)}`;
}

/**
 * An errno (ENOENT, EACCES…) in words: the one place the program says why a file could not be
 * read or written. `missing` is what ENOENT means here (`no such folder` for a file to create).
 */
export function errnoText(error: unknown, expected = 'a file', missing = 'no such file'): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT' || code === 'ENOTDIR') return missing;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return `is a directory, expected ${expected}`;
	if (code === 'ELOOP') return 'is a symbolic link';
	// Node's message ends with the call and the path (`, open '/…'`): the path is already said, and may be long.
	return sanitize((error instanceof Error ? error.message : String(error)).replace(/, \w+ '.*'$/s, ''));
}

/** A failed read as the `UserError` the command line prints: `file: reason`, or `file:line:column: reason` when it has a place. */
export class ReadError extends UserError {
	constructor(
		readonly shown: string,
		readonly reason: string,
		readonly place?: {line: number; column: number},
	) {
		super(`${shown}${place === undefined ? '' : `:${place.line}:${place.column}`}: ${reason}`);
	}
}

/** Whether `error` is a `ReadError` (by its shape: each built file has its own copy of the class). */
export function isReadError(error: unknown): error is ReadError {
	return isUserError(error) && typeof (error as Partial<ReadError>).reason === 'string';
}

/** `error` (from a read of the file named `shown`) as a `ReadError`; a `UserError` already is one. */
export function readError(error: unknown, shown: string, expected?: string): UserError {
	if (isUserError(error)) return error;
	return new ReadError(shown, readReason(error, expected));
}
