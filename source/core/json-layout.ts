/**
 * Where the parts of a timeline file's JSON text are, without parsing it: the top-level object's
 * members, and for the two long arrays (`sources`, `events`) where each element starts and ends.
 * With these, a large file can be parsed a slice at a time (see load-sliced.ts). A generator, so
 * the scan itself can pause between elements; anything unexpected (a syntax error) ends it with
 * undefined, and the caller falls back to the ordinary loader, which says what is wrong.
 */
import {stringEnd} from './parse-json.js';

/** An array member of the top-level object: its text range, and each element's start and end. */
export type ArrayLayout = {start: number; end: number; starts: number[]; ends: number[]};

export type TopLayout = {arrays: Map<string, ArrayLayout>};

/** Nesting within one value beyond which the layout gives up (the loader's limit is 64 in all). */
const maxElementDepth = 48;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** The end (one past) of the JSON value starting at `at`, or -1. Strings are skipped with indexOf: most of a timeline is text. */
function valueEnd(text: string, at: number): number {
	const first = text.charCodeAt(at);
	if (first === 0x22) {
		const close = stringEnd(text, at);
		return close === -1 ? -1 : close + 1;
	}
	if (first === 0x7b || first === 0x5b) {
		let depth = 0;
		for (let i = at; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 0x22) {
				i = stringEnd(text, i);
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
	while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++;
	return i === at ? -1 : i;
}

function skipSpace(text: string, at: number): number {
	let i = at;
	while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	return i;
}

/** The elements of the array opening at `open`; yields every `every` elements. */
function* arrayLayout(text: string, open: number, every: number, limit = Number.POSITIVE_INFINITY): Generator<number, ArrayLayout | undefined> {
	const starts: number[] = [];
	const ends: number[] = [];
	let i = skipSpace(text, open + 1);
	if (text[i] === ']') return {start: open, end: i + 1, starts, ends};
	for (;;) {
		const end = valueEnd(text, i);
		if (end === -1) return undefined;
		starts.push(i);
		ends.push(end);
		// Only the first elements were asked for: the array's end is not known (-1).
		if (starts.length >= limit) return {start: open, end: -1, starts, ends};
		if (starts.length % every === 0) yield end;
		i = skipSpace(text, end);
		if (text[i] === ']') return {start: open, end: i + 1, starts, ends};
		if (text[i] !== ',') return undefined;
		i = skipSpace(text, i + 1);
	}
}

/**
 * The layout of `text`, a JSON object whose members `arrayKeys` are arrays to be split by element.
 * Yields how far it has got (a character offset) now and then (every `every` elements); returns
 * undefined for anything it does not expect.
 */
export function* jsonLayout(text: string, arrayKeys: readonly string[], every = 500): Generator<number, TopLayout | undefined> {
	const arrays = new Map<string, ArrayLayout>();
	let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
	if (text[i] !== '{') return undefined;
	i = skipSpace(text, i + 1);
	if (text[i] === '}') return {arrays};
	for (;;) {
		if (text[i] !== '"') return undefined;
		const close = stringEnd(text, i);
		if (close === -1) return undefined;
		const key = text.slice(i + 1, close);
		i = skipSpace(text, close + 1);
		if (text[i] !== ':') return undefined;
		i = skipSpace(text, i + 1);
		if (arrayKeys.includes(key) && text[i] === '[' && !arrays.has(key)) {
			const layout = yield* arrayLayout(text, i, every);
			if (layout === undefined) return undefined;
			arrays.set(key, layout);
			i = layout.end;
		} else {
			const end = valueEnd(text, i);
			if (end === -1) return undefined;
			i = end;
		}
		i = skipSpace(text, i);
		if (text[i] === '}') return skipSpace(text, i + 1) === text.length ? {arrays} : undefined;
		if (text[i] !== ',') return undefined;
		i = skipSpace(text, i + 1);
	}
}

/**
 * A guess at the first `count` elements of the array under the last `"key":` of the text, found
 * without laying out what comes before it: a file that keeps its events last (as generated and
 * exported files do) can show its first events before its articles are laid out. Only a guess (the
 * key could belong to a nested object): good for a preview, while `jsonLayout` decides.
 */
export function lastArrayHead(text: string, key: string, count: number): ArrayLayout | undefined {
	const at = text.lastIndexOf(`"${key}"`);
	if (at === -1) return undefined;
	let i = skipSpace(text, at + key.length + 2);
	if (text[i] !== ':') return undefined;
	i = skipSpace(text, i + 1);
	if (text[i] !== '[') return undefined;
	const scan = arrayLayout(text, i, Number.POSITIVE_INFINITY, count);
	const step = scan.next();
	return step.done === true ? step.value : undefined;
}
