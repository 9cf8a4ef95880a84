/**
 * Where the parts of a timeline file's JSON are, without parsing it: the top-level object's
 * members, and for the two long arrays (`sources`, `events`) where each element starts and ends.
 * With these, a large file can be parsed a slice at a time (see load-sliced.ts), each slice decoded
 * from the file's bytes only when it is parsed, so no thread holds the whole file as a string.
 *
 * The scan reads UTF-8 bytes: every character JSON's structure is made of is ASCII, and no byte of
 * a multi-byte character is, so offsets found here are safe places to cut the bytes. A generator,
 * so the scan can pause between elements; anything unexpected (a syntax error) ends it with
 * undefined, and the caller falls back to the ordinary loader, which says what is wrong.
 */
import {isAscii, isUtf8} from 'node:buffer';
import {bomLength} from '../text-file.js';
import {atOnce} from '../../steps.js';

/** An array member of the top-level object: its byte range, and each element's start and end. */
export type ArrayLayout = {start: number; end: number; starts: number[]; ends: number[]};

/**
 * `head`: the top-level object with its long arrays left empty, as text: small, parsed at once, by
 * a thread that may hold only part of the file. `open`: the array member where the layout stopped
 * (see `jsonLayout`), and where its `[` is; `head` then ends before that `[`.
 */
export type TopLayout = {arrays: Map<string, ArrayLayout>; head: string; open?: {key: string; start: number}};

/** Nesting within one value beyond which the layout gives up (the loader's limit is 64 in all). */
export const maxElementDepth = 48;

export const quote = 0x22;
export const isSpace = (code: number | undefined) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const isDelimiter = (code: number | undefined) => code === 0x2c || code === 0x7d || code === 0x5d || isSpace(code);

/** The closing quote of the string opening at `open`, or -1. Found with indexOf, which searches bytes natively: most of a timeline is text. */
export function bytesStringEnd(bytes: Buffer, open: number): number {
	let close = bytes.indexOf(quote, open + 1);
	for (;;) {
		if (close === -1) return -1;
		if (!escaped(bytes, close)) return close;
		close = bytes.indexOf(quote, close + 1);
	}
}

/** The end (one past) of the JSON value starting at `at`, or -1. */
export function valueEnd(bytes: Buffer, at: number): number {
	const first = bytes[at];
	if (first === quote) {
		const close = bytesStringEnd(bytes, at);
		return close === -1 ? -1 : close + 1;
	}
	if (first === 0x7b || first === 0x5b) {
		let depth = 0;
		for (let i = at; i < bytes.length; i++) {
			const c = bytes[i]!;
			if (c === quote) {
				i = bytesStringEnd(bytes, i);
				if (i === -1) return -1;
			} else if (c === 0x7b || c === 0x5b) {
				// Deeper than any timeline: left to the ordinary loader, which refuses it with its place.
				if (++depth > maxElementDepth) return -1;
			} else if (c === 0x7d || c === 0x5d) {
				if (--depth === 0) return i + 1;
			}
		}
		return -1;
	}
	let i = at;
	while (i < bytes.length && !isDelimiter(bytes[i])) i++;
	return i === at ? -1 : i;
}

export function skipSpace(bytes: Buffer, at: number): number {
	let i = at;
	while (i < bytes.length && isSpace(bytes[i])) i++;
	return i;
}

/**
 * The part of a file a layout reads: `bytes`, from `base` in the file (of `size` bytes), read on
 * (`from`) when a step of the layout runs past their end. A file held whole is one window; a file
 * laid out as it is read is read a few megabytes at a time into one buffer, reused, so a pass over
 * a quarter of a gigabyte touches a few megabytes of memory (filling fresh memory costs as much as
 * reading the file).
 */
export class LayoutWindow {
	bytes: Buffer;
	base = 0;
	readonly size: number;
	private span: number;
	private readonly read: ((start: number, end: number) => Buffer | undefined) | undefined;

	/** `bytes`, the whole file; or, with `read` (a part of the file, until the next is read), the file of `size` bytes a `span` at a time. */
	constructor(bytes: Buffer, read?: {size: number; span: number; part: (start: number, end: number) => Buffer | undefined}) {
		this.read = read?.part;
		this.size = read?.size ?? bytes.length;
		this.span = read?.span ?? bytes.length;
		this.bytes = read === undefined ? bytes : (read.part(0, Math.min(this.size, this.span)) ?? bytes.subarray(0, 0));
	}

	/** Whether the window reaches the file's end: a step that fails in it fails for good. */
	get whole(): boolean {
		return this.base + this.bytes.length >= this.size;
	}

	/**
	 * Reads the file on from `at` (a place in the window), which becomes the window's start; a
	 * longer window when it starts there already (a step as long as the window). False when
	 * nothing more can be read: the window reaches the file's end, or the file changed.
	 */
	from(at: number): boolean {
		if (this.read === undefined || this.whole) return false;
		if (at === 0 && this.bytes.length > 0) this.span *= 2;
		const start = this.base + at;
		const bytes = this.read(start, Math.min(this.size, start + this.span));
		if (bytes === undefined) return false;
		this.bytes = bytes;
		this.base = start;
		return true;
	}

	/**
	 * `step` at `at` in the window, the window read on from there while the step fails short of the
	 * file's end (a value or the delimiter after it not yet read); `leaving` is told each time before
	 * the bytes before `at` go. The step's answer and where it was taken (in the window as it is then),
	 * or undefined where it fails for good.
	 */
	settled<T>(at: number, step: (bytes: Buffer, at: number) => T | undefined, leaving?: (at: number) => void): {value: T; at: number} | undefined {
		for (let from = at; ; from = 0) {
			const value = step(this.bytes, from);
			if (value !== undefined) return {value, at: from};
			leaving?.(from);
			if (!this.from(from)) return undefined;
		}
	}
}

/** Where the array opening at `open` has its first element, or its `]`: undefined if not read yet. */
const arrayFirst = (bytes: Buffer, open: number) => {
	const i = skipSpace(bytes, open + 1);
	return i < bytes.length ? i : undefined;
};

/**
 * The element starting at `at` (or after spaces there) and what follows it: where it starts, one
 * past its end, and where the next is (`next`, maybe not read yet) or one past the `]` (`close`);
 * undefined if not read whole.
 */
const elementStep = (bytes: Buffer, at: number) => {
	const start = skipSpace(bytes, at);
	const end = valueEnd(bytes, start);
	const k = end === -1 ? -1 : skipSpace(bytes, end);
	if (bytes[k] === 0x5d) return {start, end, close: k + 1};
	return bytes[k] === 0x2c ? {start, end, next: k + 1} : undefined;
};

/** The elements of the array opening at `open` in the window; yields every `every` elements. Offsets in the file. */
function* arrayLayout(window: LayoutWindow, open: number, every: number, limit = Number.POSITIVE_INFINITY): Generator<number, ArrayLayout | undefined> {
	const starts: number[] = [];
	const ends: number[] = [];
	const start = window.base + open;
	const first = window.settled(open, arrayFirst);
	if (first === undefined) return undefined;
	let i = first.value;
	if (window.bytes[i] === 0x5d) return {start, end: window.base + i + 1, starts, ends};
	for (;;) {
		const element = window.settled(i, elementStep);
		if (element === undefined) return undefined;
		const {base} = window;
		starts.push(base + element.value.start);
		ends.push(base + element.value.end);
		// Only the first elements were asked for: the array's end is not known (-1).
		if (starts.length >= limit) return {start, end: -1, starts, ends};
		if (starts.length % every === 0) yield base + element.value.end;
		if (element.value.close !== undefined) return {start, end: base + element.value.close, starts, ends};
		i = element.value.next;
	}
}

/** The member whose key opens at `at` (or after spaces there) and what follows it, unless it is one of the long arrays `arrayKeys` (then only where its `[` is); undefined if not read whole. */
const memberStep = (arrayKeys: readonly string[]) => (bytes: Buffer, at: number) => {
	const member = memberAt(bytes, skipSpace(bytes, at));
	if (member === undefined) return undefined;
	if (bytes[member.value] === 0x5b && arrayKeys.includes(member.key)) return {...member, after: undefined};
	const end = valueEnd(bytes, member.value);
	const after = end === -1 ? undefined : afterMember(bytes, end);
	return after === undefined ? undefined : {...member, after};
};

/**
 * The layout of `bytes`, a JSON object whose members `arrayKeys` are arrays to be split by element
 * (or of the file a `LayoutWindow` reads, as it reads it). Yields how far it has got (a byte offset)
 * now and then (every `every` elements); returns undefined for anything it does not expect. `open`:
 * an array member at which the layout stops (`TopLayout.open`) if it comes after the other
 * `arrayKeys`, for a caller that reads its elements in runs (`elementRuns`), which find where it and
 * the object end: the events, read so by both threads, rather than laid out first.
 */
export function* jsonLayout(file: Buffer | LayoutWindow, arrayKeys: readonly string[], every = 500, open?: string): Generator<number, TopLayout | undefined> {
	const window = file instanceof LayoutWindow ? file : new LayoutWindow(file);
	const arrays = new Map<string, ArrayLayout>();
	// The object without its long arrays, as text: kept as the window moves on.
	let head = '';
	let headFrom = bomLength(window.bytes);
	// Bytes of the head that are not UTF-8: the ordinary loader words that, with its place.
	let notUtf8 = false;
	const keep = (to: number) => {
		const bytes = window.bytes.subarray(headFrom - window.base, to);
		if (!isAscii(bytes) && !isUtf8(bytes)) notUtf8 = true;
		head += bytes.toString('utf8');
		headFrom = window.base + to;
	};
	const opening = window.settled(
		headFrom - window.base,
		(bytes, at) => {
			const i = skipSpace(bytes, at);
			if (i < bytes.length && bytes[i] !== 0x7b) return -1;
			const first = skipSpace(bytes, i + 1);
			return first < bytes.length ? first : undefined;
		},
		keep,
	);
	if (opening === undefined || opening.value === -1) return undefined;
	let i = opening.value;
	const member = memberStep(arrayKeys);
	let close: number | undefined = window.bytes[i] === 0x7d ? i : undefined;
	while (close === undefined) {
		const step = window.settled(i, member, keep);
		if (step === undefined) return undefined;
		const {key, value, after} = step.value;
		// A long array's name twice: JSON.parse keeps the last one, and the ordinary loader says what it makes of it.
		if (arrays.has(key)) return undefined;
		if (after === undefined) {
			keep(value);
			// Only once the other long arrays are laid out: what follows it is then small, and read with the object's head.
			if (key === open && arrayKeys.every(other => other === open || arrays.has(other))) return notUtf8 ? undefined : {arrays, head, open: {key, start: window.base + value}};
			head += '[]';
			const layout = yield* arrayLayout(window, value, every);
			if (layout === undefined) return undefined;
			arrays.set(key, layout);
			headFrom = layout.end;
			const next = window.settled(layout.end - window.base, afterMember, keep);
			if (next === undefined) return undefined;
			if (next.value.next === undefined) close = next.value.close;
			else i = next.value.next;
		} else if (after.next === undefined) close = after.close;
		else i = after.next;
	}
	// Nothing but spaces after the object: read to the file's end.
	for (let from = close + 1; ; from = 0) {
		if (skipSpace(window.bytes, from) !== window.bytes.length) return undefined;
		if (window.whole) break;
		keep(window.bytes.length);
		if (!window.from(window.bytes.length)) return undefined;
	}
	keep(window.bytes.length);
	return notUtf8 ? undefined : {arrays, head};
}

/** The member whose key opens at `at`: its name, escapes read, and where its value starts; undefined unless `"name":` is there. */
function memberAt(bytes: Buffer, at: number): {key: string; value: number} | undefined {
	const close = bytes[at] === quote ? bytesStringEnd(bytes, at) : -1;
	const key = close === -1 ? undefined : keyText(bytes, at, close);
	const colon = close === -1 ? -1 : skipSpace(bytes, close + 1);
	return key === undefined || bytes[colon] !== 0x3a ? undefined : {key, value: skipSpace(bytes, colon + 1)};
}

/** After a member's value ending at `end`: where the next member's key starts, or the object's `}`; undefined if neither follows. */
function afterMember(bytes: Buffer, end: number): {next: number; close?: undefined} | {next?: undefined; close: number} | undefined {
	const i = skipSpace(bytes, end);
	if (bytes[i] === 0x7d) return {close: i};
	return bytes[i] === 0x2c ? {next: skipSpace(bytes, i + 1)} : undefined;
}

/** The key whose string opens at `open` and closes at `close`, its escapes read (`"ev\u0065nts"` is `events`); undefined if they do not read. */
function keyText(bytes: Buffer, open: number, close: number): string | undefined {
	const text = bytes.toString('utf8', open + 1, close);
	if (!text.includes('\\')) return text;
	try {
		return JSON.parse(`"${text}"`) as string;
	} catch {
		return undefined;
	}
}

/** Runs `jsonLayout` to its end at once (for a thread that has nothing else to do meanwhile). */
export function jsonLayoutNow(file: Buffer | LayoutWindow, arrayKeys: readonly string[], open?: string): TopLayout | undefined {
	return atOnce(jsonLayout(file, arrayKeys, Number.POSITIVE_INFINITY, open));
}

/**
 * A guess at the first `count` elements of the array under the last `"key":` of the file, found
 * without laying out what comes before it: a file that keeps its events last (as generated and
 * exported files do) can show its first events before its articles are laid out. Only a guess (the
 * key could belong to a nested object): good for a preview, while `jsonLayout` decides. `at`: where
 * that key is, when the caller knows (a file's last part starts with it), rather than searched for.
 */
export function lastArrayHead(bytes: Buffer, key: string, count: number, at?: number): ArrayLayout | undefined {
	const open = lastArrayOpen(bytes, key, at);
	if (open === undefined) return undefined;
	const scan = arrayLayout(new LayoutWindow(bytes), open, Number.POSITIVE_INFINITY, count);
	const step = scan.next();
	return step.done === true ? step.value : undefined;
}

/**
 * Where the last `"key":` of the file starts, if an array follows it: the part of the file
 * `lastArrayHead` reads.
 */
export function lastArrayKey(bytes: Buffer, key: string): number | undefined {
	const at = bytes.lastIndexOf(`"${key}"`);
	return at !== -1 && lastArrayOpen(bytes, key, at) !== undefined ? at : undefined;
}

/** Whether an array follows the `"key":` at `at` (as `lastArrayKey` asks of the file's last one). */
export function opensArray(bytes: Buffer, key: string, at: number): boolean {
	return lastArrayOpen(bytes, key, at) !== undefined;
}

/** Where the array under the last `"key":` of the file (found at `at`) opens. */
function lastArrayOpen(bytes: Buffer, key: string, at = bytes.lastIndexOf(`"${key}"`)): number | undefined {
	if (at === -1) return undefined;
	let i = skipSpace(bytes, at + Buffer.byteLength(key) + 2);
	if (bytes[i] !== 0x3a) return undefined;
	i = skipSpace(bytes, i + 1);
	return bytes[i] === 0x5b ? i : undefined;
}

/**
 * The top-level object of a layout that stopped at an `open` member, as text without its long
 * arrays: its `head`, that member left empty, and what follows the member's end (`end`, in
 * `bytes`, which hold at least the rest of the file). Undefined when what follows names one of
 * the long arrays again (the layout's, and the open one: JSON.parse would keep that one, and the
 * ordinary loader says what it makes of it) or does not close the object.
 */
export function openShell(layout: TopLayout, head: string, bytes: Buffer, end: number): string | undefined {
	let after = afterMember(bytes, end);
	while (after?.next !== undefined) {
		const member = memberAt(bytes, after.next);
		if (member === undefined || layout.arrays.has(member.key) || member.key === layout.open?.key) return undefined;
		const valueAfter = valueEnd(bytes, member.value);
		after = valueAfter === -1 ? undefined : afterMember(bytes, valueAfter);
	}
	return after === undefined ? undefined : `${head}[]${bytes.toString('utf8', end)}`;
}

/** Whether the quote at `at` is escaped (follows an odd number of backslashes). */
export function escaped(bytes: Buffer, at: number): boolean {
	let slashes = 0;
	while (bytes[at - 1 - slashes] === 0x5c) slashes++;
	return slashes % 2 === 1;
}

/**
 * The string value of the top-level member `key`, looked for among the members that open the
 * file as long as their values are strings (`"$schema"`, `"format"`, `"title"` …); undefined when
 * it is not among them. Reads a few hundred bytes, not the file.
 */
export function leadingString(bytes: Buffer, key: string): string | undefined {
	let i = skipSpace(bytes, bomLength(bytes));
	if (bytes[i] !== 0x7b) return undefined;
	for (let next: number | undefined = skipSpace(bytes, i + 1); next !== undefined; ) {
		const member = memberAt(bytes, next);
		i = member?.value ?? -1;
		if (bytes[i] !== quote) return undefined;
		const end = bytesStringEnd(bytes, i);
		if (end === -1) return undefined;
		if (member?.key === key) {
			try {
				return JSON.parse(bytes.toString('utf8', i, end + 1)) as string;
			} catch {
				return undefined;
			}
		}
		next = afterMember(bytes, end + 1)?.next;
	}
	return undefined;
}
