/**
 * Reading a timeline file again while the explorer shows it (`--watch`). The file may be caught
 * mid-save or with a typo: that is an answer too, the first problem in `check`'s form, so the
 * explorer can keep the last good version on screen and say what is wrong.
 */
import {isUserError} from '../model/errors.js';
import {parseTimeline, type LoadedTimeline, type LoadOptions} from './load-timeline.js';
import {sanitize} from '../text/sanitize.js';
import {checkText} from '../check/check-file.js';
import {problemLine} from '../check/problem.js';
import {loadSliced} from './large/sliced.js';
import {readBytes, readError} from './read-file.js';
import {decodeText} from './text-file.js';
import {sheetDelimiterOf, startsAsJson} from './sheet/sheet-kind.js';

/** Texts at least this long are parsed a slice at a time, so the explorer keeps answering keys while a large file is read again. */
const slicedChars = 8 * 1024 * 1024;

/** What a read gives: the timeline, or one line saying what is wrong (`file:3:9: error: … (rule)`). */
export type Reloaded = {kind: 'loaded'; loaded: LoadedTimeline; text: string} | {kind: 'invalid'; problem: string; text: string | undefined};

/**
 * The first problem in `text` as `check` prints it: an error before a warning, which alone would
 * not stop the file loading. `fallback` (the loader's own message) when `check` finds none.
 */
export async function firstProblem(text: string, shown: string, fallback: string): Promise<string> {
	const problems = await checkText(text, shown);
	const first = problems.find(problem => problem.severity === 'error') ?? problems[0];
	return first === undefined ? fallback : problemLine(first);
}

/**
 * Reads and loads the timeline at `file` (named `shown` in messages). `unchanged`: the text of the
 * version on screen; the same text again (an editor that saves without changes) is not parsed.
 */
export async function reloadTimeline(file: string, shown: string, options: LoadOptions = {}, unchanged?: string): Promise<Reloaded | undefined> {
	let text: string;
	let bytes: Buffer;
	try {
		// Read a chunk at a time and only if it is a regular file within the limit: a watched path
		// replaced by a pipe or a link to /dev/zero must not hold or swamp the explorer.
		bytes = await readBytes(file);
		text = decodeText(bytes, shown);
	} catch (error) {
		return {kind: 'invalid', problem: readError(error, shown, 'a JSON file').message, text: undefined};
	}
	if (text === unchanged) return undefined;
	try {
		const delimiter = sheetDelimiterOf(file);
		const loaded =
			delimiter !== undefined && !startsAsJson(text)
				? (await import('./sheet/load-sheet.js')).parseSheetTimeline(text, shown, delimiter, options)
				: text.length < slicedChars
					? parseTimeline(text, shown, options)
					: await loadSliced(bytes, shown, options, () => {});
		return {kind: 'loaded', loaded, text};
	} catch (error) {
		if (!isUserError(error)) throw error;
		return {kind: 'invalid', problem: await firstProblem(text, shown, sanitize(error.message)), text};
	}
}
