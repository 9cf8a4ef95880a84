/**
 * Loading a timeline: read, parse, detect the format, validate, cross-check, sort, sanitise.
 * Every failure is a `UserError` whose message is one line naming the file and the place.
 */
import {readFileSync, statSync, existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import * as v from 'valibot';
import {TimelineSchema, type Timeline} from './schema.js';
import {UserError} from './errors.js';
import {fromTimelineJs, isTimelineJs} from './timelinejs.js';
import {checkReferences} from './references.js';
import {compareDates} from './dates.js';
import {sanitize, sanitizeDeep} from './sanitize.js';

/** Files larger than this are refused before reading: it bounds memory and time. */
export const maxFileBytes = 256 * 1024 * 1024;
/** Deeper nesting than any timeline needs is refused before parsing. */
export const maxDepth = 64;

export type LoadedTimeline = {
	/** The timeline with every string sanitised, events in date order: what screens and text output show. */
	timeline: Timeline;
	/** The same timeline with strings exactly as in the file: what JSON output writes. */
	raw: Timeline;
	/** The file it came from, as the user named it. */
	file: string;
	format: 'sc-timeline' | 'timelinejs';
};

/** The bundled story, found relative to the installed code (works from `source/core` and from `dist`). */
export function bundledPath(): string {
	const here = path.dirname(fileURLToPath(import.meta.url));
	for (const up of ['..', '../..']) {
		const candidate = path.join(here, up, 'data', 'secure-communities.json');
		if (existsSync(candidate)) return candidate;
	}
	return path.join(here, '..', 'data', 'secure-communities.json');
}

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): string {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return `${line}:${offset - lineStart + 1}`;
}

/** Scans for nesting deeper than `maxDepth` outside strings; JSON.parse would otherwise recurse. */
function checkDepth(text: string, file: string): void {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++;
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b || c === 0x5b) {
			if (++depth > maxDepth) throw new UserError(`${file}:${lineColumn(text, i)}: nesting deeper than ${maxDepth} levels`);
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
}

/** Parses JSON, turning V8's "at position N" into `file:line:column: message`. */
export function parseJson(text: string, file: string): unknown {
	if (text.trim() === '') throw new UserError(`${file}: empty file, expected a JSON timeline`);
	checkDepth(text, file);
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /at position (\d+)/.exec(message);
		const offset = position ? Number(position[1]) : text.length;
		const reason = sanitize(message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '')).slice(0, 120);
		throw new UserError(`${file}:${lineColumn(text, offset)}: invalid JSON: ${reason}`);
	}
}

/** `events[3].date` from a valibot issue path. */
function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const where = issuePath(issue);
	// valibot reports an unknown key of a strict object with the key as the last path item.
	if (issue.type === 'strict_object' && issue.expected === 'never') return `${where}: unknown field`;
	if (issue.received === 'undefined' && where === 'format') return 'format: missing; expected "sc-timeline/1", or a TimelineJS file with events[].start_date';
	if (issue.received === 'undefined' && (issue.type === 'strict_object' || issue.type === 'object')) return `${where}: missing field`;
	const received = issue.received === 'undefined' ? 'nothing' : issue.received;
	const message = issue.message.startsWith('Invalid') ? `expected ${issue.expected ?? 'something else'}, got ${received}` : issue.message;
	return `${where === '' ? '(top level)' : where}: ${message}`;
}

/** Validates a parsed document (either format), returning the timeline in date order. */
export function validateTimeline(value: unknown, file: string): {timeline: Timeline; format: LoadedTimeline['format']} {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new UserError(`${file}: expected a JSON object at the top level, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
	}
	const format = isTimelineJs(value) ? 'timelinejs' : 'sc-timeline';
	let document = value;
	if (format === 'timelinejs') {
		try {
			document = fromTimelineJs(value);
		} catch (error) {
			if (error instanceof UserError) throw new UserError(`${file}: ${sanitize(error.message)}`);
			throw error;
		}
	}
	const result = v.safeParse(TimelineSchema, document, {abortPipeEarly: true});
	if (!result.success) {
		const [first] = result.issues;
		const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
		throw new UserError(`${file}: ${sanitize(describeIssue(first))}${more}`);
	}
	const timeline = result.output;
	const problem = checkReferences(timeline);
	if (problem) throw new UserError(`${file}: ${sanitize(problem)}`);
	// A stable sort keeps the file's order for events on the same date.
	timeline.events.sort((a, b) => compareDates(a.date, b.date));
	return {timeline, format};
}

/** Loads and validates a timeline file; without a path, the bundled story. */
export function loadTimeline(file?: string): LoadedTimeline {
	const location = file ?? bundledPath();
	const shown = sanitize(file ?? 'bundled data');
	let text: string;
	try {
		const stat = statSync(location);
		if (stat.isDirectory()) throw new UserError(`${shown}: is a directory, expected a JSON file`);
		if (stat.size > maxFileBytes) throw new UserError(`${shown}: file is ${Math.round(stat.size / 1048576)} MB, larger than the ${maxFileBytes / 1048576} MB limit`);
		text = readFileSync(location, 'utf8');
	} catch (error) {
		if (error instanceof UserError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
		throw new UserError(`${shown}: cannot read: ${sanitize(reason)}`);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const {timeline: raw, format} = validateTimeline(parseJson(text, shown), shown);
	return {raw, timeline: sanitizeDeep(raw), file: shown, format};
}
