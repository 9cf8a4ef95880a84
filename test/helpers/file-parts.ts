/** A file's bytes read as the search worker reads a large file: a part at a time, into one buffer. */
import type {FileParts} from '../../source/core/load/large/file-on-disk.js';

/**
 * `bytes` read a part at a time into one buffer, reused and scribbled over before each read, as
 * `fileParts` reads a file: a view of a part kept past the next read reads the scribble, not the file.
 */
export function scribbledParts(bytes: Buffer): FileParts {
	let buffer = Buffer.alloc(0);
	return {
		size: bytes.length,
		part: (start, end) => {
			if (buffer.length < end - start) buffer = Buffer.alloc(Math.max(end - start, 2 * buffer.length));
			buffer.fill(0x22);
			bytes.copy(buffer, 0, start, end);
			return buffer.subarray(0, end - start);
		},
		own: (start, end) => Buffer.from(bytes.subarray(start, end)),
		close: () => {},
	};
}
