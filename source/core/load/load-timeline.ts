/**
 * Loading a timeline: read, parse, detect the format, validate, cross-check, sort, sanitise.
 * Every failure is a `UserError` whose message is one line naming the file and the place.
 */
import * as v from 'valibot';
import {TimelineSchema, type Timeline} from '../model/schema.js';
import {UserError} from '../model/errors.js';
import {fromTimelineJs, isTimelineJs, isTimelineJs2, timelineJs2Message, type Imported} from './timelinejs-import.js';
import {checkReferences} from '../model/cross-references.js';
import {sortEvents} from '../model/dates.js';
import {quoteInput, sanitize, sanitizeDeep, shownFile} from '../text/sanitize.js';
import {checkNesting, parseJsonText} from './parse-json.js';
import {fastTimeline} from './fast-validate.js';
import {readText} from './text-file.js';
import {maxStringLength} from '../model/limits.js';
import {bundledName, bundledPath} from './bundled-story.js';
import {looksLikeSheet} from './sheet/sheet-kind.js';
import type {LoadedTimeline, LoadOptions} from './load-types.js';

export {bundledPath} from './bundled-story.js';
export {maxDepth, parseJson} from './parse-json.js';
export {maxFileBytes} from './read-file.js';
export {maxStringLength} from '../model/limits.js';
export type {LoadedTimeline, LoadOptions, TimelineFile} from './load-types.js';

/**
 * `where` extended by one step: `[3]`, `.date`, or a key from the file (an unknown field) shown
 * inert and short, quoted when it is not a plain name: `["^[[2J"]`.
 */
function step(where: string, key: unknown): string {
	if (typeof key === 'number') return `${where}[${key}]`;
	const name = String(key);
	if (!/^[A-Za-z_$][\w$-]{0,39}$/.test(name)) return `${where}[${JSON.stringify(quoteInput(name))}]`;
	return where === '' ? name : `${where}.${name}`;
}

/** `events[3].date` from a valibot issue path. */
function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) out = step(out, item.key);
	return out;
}

/** One valibot issue as `path: message`, the form the loader and `check` both print. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
	const where = issuePath(issue);
	// valibot reports an unknown key of a strict object with the key as the last path item.
	if (issue.type === 'strict_object' && issue.expected === 'never') return `${where}: unknown field`;
	if (issue.received === 'undefined' && where === 'format') return 'format: missing; expected "sc-timeline/1", or a TimelineJS file with events[].start_date';
	if (issue.received === 'undefined' && (issue.type === 'strict_object' || issue.type === 'object')) return `${where}: missing field`;
	// valibot quotes a received string whole: keep it short so a long value still makes one short line.
	const received = issue.received === 'undefined' ? 'nothing' : issue.received.startsWith('"') ? `"${quoteInput(issue.received.slice(1, -1))}"` : issue.received;
	const message = issue.message.startsWith('Invalid') ? `expected ${issue.expected ?? 'something else'}, got ${received}` : issue.message;
	return `${where === '' ? '(top level)' : where}: ${message}`;
}

/**
 * The keys leading to the first string longer than `maxStringLength`, or undefined. Keys are collected only on the way back from a find: walking a large file, a path
 * built at every step cost more than the walk.
 */
export function longString(value: unknown): Array<string | number> | undefined {
	if (typeof value === 'string') {
		// Shown, a character takes at most eight columns: only a string that could grow past the limit is sanitised to check.
		const long = value.length > maxStringLength || (value.length * 8 > maxStringLength && sanitize(value).length > maxStringLength);
		return long ? [] : undefined;
	}
	if (value === null || typeof value !== 'object') return undefined;
	if (Array.isArray(value)) {
		for (let index = 0; index < value.length; index++) {
			const found = longString(value[index]);
			if (found !== undefined) return [index, ...found];
		}
		return undefined;
	}
	const record = value as Record<string, unknown>;
	for (const key in record) {
		if (!Object.hasOwn(record, key)) continue;
		const found = longString(record[key]);
		if (found !== undefined) return [key, ...found];
	}
	return undefined;
}

/** The error for the string over the limit that `longString` found at `path`. */
export function tooLong(file: string, path: Array<string | number>): UserError {
	return new UserError(`${file}: ${path.reduce<string>(step, '')}: text longer than ${maxStringLength.toLocaleString('en-US')} characters (control characters counted as shown)`);
}

/** The timeline as valibot validates it, or a `UserError` naming the first problem. */
export function schemaTimeline(document: unknown, file: string): Timeline {
	const result = v.safeParse(TimelineSchema, document, {abortPipeEarly: true});
	if (!result.success) {
		const [first] = result.issues;
		const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
		throw new UserError(`${file}: ${sanitize(describeIssue(first))}${more}`);
	}
	return result.output;
}

/**
 * Validates a parsed document (either format), returning the timeline in date order. A file of the
 * usual shape is checked by the fast path (core/load/fast-validate.ts), anything else by valibot.
 */
export function validateTimeline(value: unknown, file: string, options: LoadOptions = {}): Validated {
	return validate(value, file, options, true);
}

type Validated = {timeline: Timeline; format: LoadedTimeline['format']; warnings: string[]};

/** `validateTimeline`, trying the fast path first when `tryFast` (false: the caller has tried it). */
function validate(value: unknown, file: string, options: LoadOptions, tryFast: boolean): Validated {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new UserError(`${file}: expected a JSON object at the top level, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
	}
	const long = longString(value);
	if (long !== undefined) throw tooLong(file, long);
	if (isTimelineJs2(value)) throw new UserError(`${file}: ${timelineJs2Message}`);
	const format = isTimelineJs(value) ? 'timelinejs' : 'sc-timeline';
	let document = value;
	let warnings: string[] = [];
	if (format === 'timelinejs') ({timeline: document, warnings} = namedImport(file, options, () => fromTimelineJs(value)));
	// An imported TimelineJS file too: the fast path gives what valibot would, when it can vouch for the document.
	const timeline = (tryFast || format === 'timelinejs' ? fastTimeline(document) : undefined) ?? schemaTimeline(document, file);
	return {timeline: crossChecked(timeline, file), format, warnings};
}

/**
 * A TimelineJS import (`imported`, run here) with its messages naming `file`: its error, or under
 * `--strict` its first warning, thrown; its warnings given.
 */
export function namedImport(file: string, options: LoadOptions, imported: () => Imported): Imported {
	let timeline: Timeline;
	let warnings: string[];
	try {
		({timeline, warnings} = imported());
	} catch (error) {
		if (error instanceof UserError) throw new UserError(`${file}: ${sanitize(error.message)}`);
		throw error;
	}
	warnings = warnings.map(warning => `${file}: ${sanitize(warning)}`);
	if (options.strict && warnings[0] !== undefined) throw new UserError(warnings[0].replace(/; (event|era) skipped$|; end date ignored$/, ''));
	return {timeline, warnings};
}

/** Cross-checks a schema-valid timeline (ids, references, dates) and puts its events in date order. */
export function crossChecked(timeline: Timeline, file: string): Timeline {
	const problem = checkReferences(timeline);
	if (problem) throw new UserError(`${file}: ${sanitize(problem)}`);
	// A stable sort keeps the file's order for events on the same date.
	sortEvents(timeline.events);
	return timeline;
}

/** Loads and validates a timeline file; without a path, the bundled story. */
export function loadTimeline(file?: string, options: LoadOptions = {}): LoadedTimeline {
	const location = file ?? bundledPath();
	const shown = shownFile(file ?? bundledName);
	const {text, ascii} = readText(location, shown);
	return parseTimeline(text, shown, options, ascii);
}

/**
 * What, in a JSON text, can make a string that `sanitize` changes: the characters it replaces that
 * JSON allows raw in a string (C0 controls are not allowed raw; any surrogate, as a lone one could
 * be among them), and the escapes that can write any (`\n`, `\u001b`). It may flag a clean file
 * (`\\n` is a backslash and an n, an emoji is a surrogate pair), never miss one. The characters
 * are all outside ASCII but DEL, so an ASCII file needs only DEL and the escapes looked for, with
 * indexOf, which on a large file is many times faster than the pattern.
 */
const unsafeRaw = /[\u007f-\u009f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;
export function mayNeedSanitizing(text: string, ascii: boolean): boolean {
	if (ascii ? text.includes('\u007f') : unsafeRaw.test(text)) return true;
	for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 2)) {
		const next = text.charCodeAt(at + 1);
		// b f n r t u
		if (next === 0x62 || next === 0x66 || next === 0x6e || next === 0x72 || next === 0x74 || next === 0x75) return true;
	}
	return false;
}

/**
 * A timeline from the text of a file named `file` (already sanitised for messages): parse, validate, sanitise.
 * A timeline file with nothing to sanitise (the usual case) is not walked again: `timeline` is `raw`.
 * `ascii` says the text came from bytes known to be ASCII (the loader checks them), so it holds no raw character to look for.
 */
export function parseTimeline(text: string, file: string, options: LoadOptions = {}, ascii = false): LoadedTimeline {
	// A sheet is read by its name (core/load/open-data.ts); one without such a name gets a hint, not a JSON syntax error.
	if (looksLikeSheet(text)) throw new UserError(`${file}: this is a TimelineJS sheet, not JSON: give it a .csv or .tsv name to open it`);
	// Comments and trailing commas (JSON pasted from JavaScript) are read, each a warning.
	const allowances: string[] = [];
	const document = parseJsonText(text, file, allowances);
	if (options.strict && allowances[0] !== undefined) throw new UserError(allowances[0].replace(/; read as JavaScript would$/, ''));
	// The usual file, vouched for whole by the fast path, nests nine levels at most and holds no string over
	// the limit, so it is not walked again for either (each walk is a pass over every string of the file).
	const usual = fastTimeline(document);
	if (usual === undefined) checkNesting(document, text, file);
	let validated: Validated;
	try {
		validated = usual === undefined ? validate(document, file, options, false) : {timeline: crossChecked(usual, file), format: 'sc-timeline', warnings: []};
	} catch (error) {
		// The text goes with the error, so the command line can add the line and column of the path it names.
		throw Object.assign(error as Error, {document: {text, file}});
	}
	const {timeline: raw, format, warnings} = validated;
	// TimelineJS files are converted, which makes strings of its own: always sanitised.
	const clean = format === 'sc-timeline' && !mayNeedSanitizing(text, ascii);
	return {raw, timeline: clean ? raw : sanitizeDeep(raw), file, format, warnings: [...allowances, ...warnings]};
}
