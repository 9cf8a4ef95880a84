/**
 * An array's elements read in parsed runs rather than laid out one by one: what both threads use
 * to read a large file's events (see json-layout.ts for the layout itself).
 */
import {bytesStringEnd, isSpace, quote, skipSpace, valueEnd} from './json-layout.js';

/**
 * Runs of whole elements of an array, each about `size` bytes, found without reading each element
 * (which `arrayLayout` does, about a tenth of what parsing them costs). A run is proposed to end
 * before the next place, `size` bytes on, that opens as the array's first element does (`{"id":`,
 * in that file's spacing), and kept if `parse` takes it. That proof is sound: `parse` is
 * JSON.parse of `[run]`, which succeeds only on whole values, so a run that starts at an element
 * and parses ends at an element's end. The quotes in that opening cannot be inside a string, so
 * a proposal is only wrong in a nested object that starts alike; then, and for anything else
 * (elements that open differently, a file broken there), the run is found element by element, and
 * `parse` failing on that is the file's problem. `from`: one past an element's end, or with
 * `first`, just inside the array's `[`. Yields each run's value and where it ends; returns one
 * past the array's `]`, or undefined at a problem.
 */
export function* elementRuns<T>(
	bytes: Buffer,
	from: number,
	size: number,
	parse: (start: number, end: number) => T | undefined,
	first = false,
): Generator<{value: T; end: number}, number | undefined> {
	let at = skipSpace(bytes, from);
	if (bytes[at] === 0x5d) return at + 1;
	if (!first) {
		if (bytes[at] !== 0x2c) return undefined;
		at = skipSpace(bytes, at + 1);
	}
	const lead = elementLead(bytes, at);
	// The last search for the opening: from where, and what it found (-1: none), so no stretch of the file is searched twice.
	let searched = {from: Number.POSITIVE_INFINITY, found: -1};
	const nextLead = (from: number) => {
		if (!(from >= searched.from && (searched.found === -1 || searched.found >= from))) searched = {from, found: bytes.indexOf(lead!, from)};
		return searched.found;
	};
	// Proposals that keep failing (nested objects opening as the elements do) stop being made: each costs a parse.
	let misses = 0;
	for (;;) {
		const proposed = lead === undefined || misses >= 2 ? undefined : proposeRun(bytes, at, size, nextLead(at + size));
		const value = proposed === undefined ? undefined : parse(at, proposed.end);
		if (proposed !== undefined) misses = value === undefined ? misses + 1 : 0;
		const run = value === undefined ? exactRun(bytes, at, size) : proposed;
		const parsed = run === undefined ? undefined : (value ?? parse(at, run.end));
		if (run === undefined || parsed === undefined) return undefined;
		yield {value: parsed, end: run.end};
		if (run.next === undefined) return run.close;
		at = run.next;
	}
}

/** A run of elements: one past its last one's end, and where the element after it starts, or (after the array's last) one past the `]`. */
type Run = {end: number; next?: number; close?: number};

/** How an array's elements open, when they are objects: `{`, its first key and the colon, as written. */
function elementLead(bytes: Buffer, at: number): Buffer | undefined {
	if (bytes[at] !== 0x7b) return undefined;
	const key = skipSpace(bytes, at + 1);
	const close = bytes[key] === quote ? bytesStringEnd(bytes, key) : -1;
	const colon = close === -1 ? -1 : skipSpace(bytes, close + 1);
	return colon === -1 || bytes[colon] !== 0x3a ? undefined : bytes.subarray(at, colon + 1);
}

/** The last non-space byte before `at`, if it is `code`: its place, else -1. */
function before(bytes: Buffer, at: number, code: number): number {
	let i = at - 1;
	while (isSpace(bytes[i])) i--;
	return bytes[i] === code ? i : -1;
}

/**
 * A proposed run from `at`: up to `next`, where the elements' opening is found `size` bytes on,
 * after `}` and `,`; else (-1: no such place left) to the `]` the file's last `}` follows. At most
 * four runs' worth: longer, the thread would wait on one parse, and the run is found element by element.
 */
function proposeRun(bytes: Buffer, at: number, size: number, next: number): Run | undefined {
	if (next !== -1) {
		const comma = before(bytes, next, 0x2c);
		const brace = comma === -1 ? -1 : before(bytes, comma, 0x7d);
		return brace === -1 || next - at > 4 * size ? undefined : {end: brace + 1, next};
	}
	const last = before(bytes, bytes.length, 0x7d);
	const bracket = last === -1 ? -1 : before(bytes, last, 0x5d);
	const brace = bracket === -1 ? -1 : before(bytes, bracket, 0x7d);
	return brace === -1 || bracket - at > 4 * size ? undefined : {end: brace + 1, close: bracket + 1};
}

/** The run from `at` found element by element: until at least `size` bytes, or the array's end. */
function exactRun(bytes: Buffer, at: number, size: number): Run | undefined {
	for (let i = at; ; ) {
		const end = valueEnd(bytes, i);
		if (end === -1) return undefined;
		const k = skipSpace(bytes, end);
		if (bytes[k] === 0x5d) return {end, close: k + 1};
		if (bytes[k] !== 0x2c) return undefined;
		i = skipSpace(bytes, k + 1);
		if (end - at >= size) return {end, next: i};
	}
}
