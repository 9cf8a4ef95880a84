/**
 * Reading a timeline file's text within the size limit: a regular file at once, anything else
 * (standard input, a pipe) in chunks; UTF-8 with or without a byte-order mark.
 */
import {isAscii} from 'node:buffer';
import {closeSync, openSync, readFileSync, readSync, statSync} from 'node:fs';
import {UserError} from '../model/errors.js';
import {sanitize} from '../text/sanitize.js';

/** Files larger than this are refused before reading: it bounds memory and time. */
export const maxFileBytes = 256 * 1024 * 1024;
/**
 * Reads what is not a regular file (`/dev/stdin`, a named pipe, `/dev/zero`) in chunks, up to the
 * size limit: such a file has no size to check first and may never end.
 */
function readBounded(location: string, shown: string): Buffer {
	// Standard input is read where it is: a socket (as some programs give a child) cannot be opened again by name.
	const stdin = ['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'].includes(location);
	const fd = stdin ? 0 : openSync(location, 'r');
	try {
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(1 << 20);
			let count: number;
			try {
				count = readSync(fd, chunk, 0, chunk.length, null);
			} catch (error) {
				// A non-blocking input with nothing yet: wait a little and read again.
				if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
				continue;
			}
			if (count === 0) return Buffer.concat(chunks, total);
			total += count;
			if (total > maxFileBytes) throw new UserError(`${shown}: more than the ${maxFileBytes / 1048576} MB limit`);
			chunks.push(chunk.subarray(0, count));
		}
	} finally {
		if (!stdin) closeSync(fd);
	}
}

/** What is wrong with bytes that start as UTF-16 text does (a byte-order mark), said in place of a parse error; undefined otherwise. */
export function utf16Problem(bytes: Uint8Array): string | undefined {
	return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 'file is UTF-16 text; save it as UTF-8' : undefined;
}

/**
 * UTF-8 text without its byte-order mark; a UTF-16 file gets a message saying so, not a parse error.
 * ASCII bytes (the usual file) are copied as they are, which skips the UTF-8 decoder: 60 ms less for 200 MB.
 */
function decode(bytes: Buffer, shown: string, ascii: boolean): string {
	if (ascii) return bytes.toString('latin1');
	const utf16 = utf16Problem(bytes);
	if (utf16 !== undefined) throw new UserError(`${shown}: ${utf16}`);
	const text = bytes.toString('utf8');
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text of the file at `location` (named `shown` in messages), and whether its bytes are all
 * ASCII (the loader then looks for less when deciding whether to sanitise). Every failure is a
 * `UserError` naming the file.
 */
export function readText(location: string, shown: string): {text: string; ascii: boolean} {
	try {
		const stat = statSync(location);
		if (stat.isDirectory()) throw new UserError(`${shown}: is a directory, expected a JSON file`);
		if (stat.size > maxFileBytes) throw new UserError(`${shown}: file is ${Math.round(stat.size / 1048576)} MB, larger than the ${maxFileBytes / 1048576} MB limit`);
		const bytes = stat.isFile() ? readFileSync(location) : readBounded(location, shown);
		const ascii = isAscii(bytes);
		return {text: decode(bytes, shown, ascii), ascii};
	} catch (error) {
		if (error instanceof UserError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
		throw new UserError(`${shown}: cannot read: ${sanitize(reason)}`);
	}
}
