/**
 * Objects found in a timeline file's bytes by their id, without reading the JSON around them:
 * what `show <id>` reads of a file (one-event.ts), a few megabytes at a time.
 */
import {escaped, isSpace, maxElementDepth, quote, valueEnd} from './json-layout.js';

const idKey = Buffer.from('"id"');

/** Where an object is in a file's bytes: from its `{` to one past its `}`. */
export type ObjectRange = {start: number; end: number};

/**
 * Every object in `bytes` with the member `"id": "<id>"`, `id` written as JSON.stringify writes it
 * (the caller makes sure no other spelling is likely). Found with indexOf, which searches bytes
 * natively, rather than by reading the JSON: 200 MB in about what reading them takes.
 *
 * Why a hit is such a member: in JSON an unescaped quote always delimits a string, and delimiters
 * alternate, opening and closing. In `"id"`, a colon and `"<id>"`, all four quotes unescaped, the
 * first cannot close a string (a closing quote is followed by a comma, a colon, a bracket or a
 * space, not by `id`), so the member is the key `id` and the string `<id>`. From that key's
 * opening quote the quotes before it are known to close and open in turn, so the object's `{` is
 * found by walking back (a few bytes: an id comes first), its end by walking forward. This holds
 * in a valid JSON file; a file broken elsewhere is not read here.
 */
export function objectsWithId(bytes: Buffer, id: string): ObjectRange[] {
	const found: ObjectRange[] = [];
	const needle = Buffer.from(JSON.stringify(id));
	for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
		const range = objectWithIdAt(bytes, at);
		if (typeof range !== 'string') found.push(range);
	}
	return found;
}

/**
 * The object whose id is the string opening at `at` (see `objectsWithId`), where `bytes` is the
 * file or a part of it: `none` when that string is not an object's id (what is just before it
 * says so), `cut` when this cannot be told from `bytes` alone, which do not reach back or on far
 * enough (a longer part of the file tells; the whole file says none). Whatever is found in a part
 * is what the whole file gives: everything read is in the part, and a run of backslashes that
 * reaches its start, the one thing that might read otherwise, leaves no object to be found.
 */
export function objectWithIdAt(bytes: Buffer, at: number): ObjectRange | 'none' | 'cut' {
	if (escaped(bytes, at)) return 'none';
	let i = at - 1;
	while (isSpace(bytes[i])) i--;
	if (i < 0) return 'cut';
	if (bytes[i] !== 0x3a) return 'none';
	i--;
	while (isSpace(bytes[i])) i--;
	const key = i - idKey.length + 1;
	if (key < 0) return 'cut';
	if (!bytes.subarray(key, i + 1).equals(idKey)) return 'none';
	// Backslashes before the key (never, in valid JSON) from the start of a part: how many there are, and so whether it is a key, is not known.
	let slashes = 0;
	while (bytes[key - 1 - slashes] === 0x5c) slashes++;
	if (slashes === key && key > 0) return 'cut';
	if (slashes % 2 === 1) return 'none';
	const start = objectStart(bytes, key);
	if (typeof start === 'string') return start;
	const end = valueEnd(bytes, start);
	return end === -1 ? 'cut' : {start, end};
}

/**
 * The `{` of the object holding the member whose key opens at `key` (a quote known to open a
 * string); `cut` when the walk back reaches the start of `bytes` first (in a part of a file, a
 * longer part may tell), `none` when there is no such object (an array holds the member, or it
 * is deeper than any timeline).
 */
function objectStart(bytes: Buffer, key: number): number | 'none' | 'cut' {
	let depth = 0;
	for (let i = key - 1; i >= 0; i--) {
		const c = bytes[i]!;
		if (c === quote) {
			// The closing quote of a string: walk back to its opening one (lastIndexOf counts a negative offset from the end).
			let open = i === 0 ? -1 : bytes.lastIndexOf(quote, i - 1);
			while (open > 0 && escaped(bytes, open)) open = bytes.lastIndexOf(quote, open - 1);
			if (open === -1) return 'cut';
			i = open;
		} else if (c === 0x7d || c === 0x5d) {
			if (++depth > maxElementDepth) return 'none';
		} else if (c === 0x7b || c === 0x5b) {
			if (depth === 0) return c === 0x7b ? i : 'none';
			depth--;
		}
	}
	return 'cut';
}
