/**
 * `check`'s core: every problem in a timeline file in one pass, each with its line and column.
 * A file is read with JSON.parse, as the loader reads it; only when there is something to report
 * is the position-keeping parser (./locate.ts) loaded to place it, so a clean file costs what
 * loading it costs.
 */
import {readFileSync, statSync} from 'node:fs';
import {isUserError} from '../model/errors.js';
import {longString, maxFileBytes, maxStringLength, parseJson} from '../load/load-timeline.js';
import {fromTimelineJs, isTimelineJs, isTimelineJs2, timelineJs2Message} from '../load/timelinejs-import.js';
import {sanitize} from '../text/sanitize.js';
import {utf16Problem} from '../load/read-file.js';
import {byPosition, parsePath, pathText, type Finding, type Problem} from './problem.js';
import {schemaFindings} from './schema-rules.js';
import {referenceFindings} from './reference-rules.js';
import {importWarningFindings, warningFindings, type ImportWarning} from './warning-rules.js';

const atStart = (file: string, rule: string, message: string): Problem => ({file, line: 1, column: 1, severity: 'error', rule, message});

/** A TimelineJS file: what the import refuses, and the warnings it gives (skipped events, guessed dates). */
function timelineJsFindings(document: Record<string, unknown>): Finding[] {
	try {
		// Each warning reads `events[152].start_date.year: empty; event skipped`: the path, then what happened.
		const warnings: ImportWarning[] = fromTimelineJs(document).warnings.map(warning => {
			const colon = warning.indexOf(': ');
			return colon === -1 ? {path: [], message: warning} : {path: warning.slice(0, colon), message: warning.slice(colon + 2)};
		});
		return importWarningFindings(warnings);
	} catch (error) {
		if (!isUserError(error)) throw error;
		const colon = error.message.indexOf(': ');
		const path = colon === -1 ? undefined : parsePath(error.message.slice(0, colon));
		return [{path: path ?? [], severity: 'error', rule: 'timelinejs', message: error.message}];
	}
}

/** Findings for a parsed document, by key path. */
export function documentFindings(document: unknown): Finding[] {
	if (document === null || typeof document !== 'object' || Array.isArray(document)) {
		return [{path: [], severity: 'error', rule: 'schema', message: 'expected a JSON object at the top level'}];
	}
	// The loader refuses the first string too long to show; check names it, then checks the rest.
	const long = longString(document);
	const tooLong: Finding[] =
		long === undefined
			? []
			: [
					{
						path: long,
						severity: 'error',
						rule: 'text-length',
						message: `${pathText(long)}: text longer than ${maxStringLength.toLocaleString('en-US')} characters (control characters counted as shown)`,
					},
				];
	// The loader refuses a TimelineJS2 file in one line: so does check, rather than listing what TimelineJS3 would want.
	if (isTimelineJs2(document)) return [...tooLong, {path: [], severity: 'error', rule: 'timelinejs2', message: timelineJs2Message}];
	if (isTimelineJs(document)) return [...tooLong, ...timelineJsFindings(document as Record<string, unknown>)];
	const {findings, salvaged} = schemaFindings(document as Record<string, unknown>);
	return [...tooLong, ...findings, ...referenceFindings(salvaged), ...warningFindings(salvaged)];
}

/** Every problem in the text of a timeline file named `file`, in file order. */
export async function checkText(text: string, file: string): Promise<Problem[]> {
	if (text.trim() === '') return [atStart(file, 'syntax', 'empty file, expected a JSON timeline')];
	let document: unknown;
	const allowances: string[] = [];
	try {
		document = parseJson(text, file, allowances);
	} catch (error) {
		if (!isUserError(error)) throw error;
		// Nesting too deep to parse (refused before parsing) is not handed to a parser; the loader's message carries the place.
		const problems = error.message.includes(': invalid JSON: ') ? (await import('./locate.js')).syntaxProblems(text, file) : [];
		if (problems.length > 0) return problems;
		const place = /^.*?:(\d+):(\d+): (.*)$/s.exec(error.message.slice(file.length));
		return [place ? {file, line: Number(place[1]), column: Number(place[2]), severity: 'error', rule: 'syntax', message: place[3]!} : atStart(file, 'syntax', error.message)];
	}
	const findings = documentFindings(document);
	if (findings.length === 0 && allowances.length === 0) return [];
	const {placeFindings, syntaxProblems} = await import('./locate.js');
	return [...(allowances.length === 0 ? [] : syntaxProblems(text, file)), ...placeFindings(text, file, findings)].sort(byPosition);
}

/** Every problem in the file at `file`; a file that cannot be read is one problem, so other files are still checked. */
export async function checkFile(file: string): Promise<Problem[]> {
	const shown = sanitize(file);
	let bytes: Buffer;
	try {
		if (statSync(file).size > maxFileBytes) return [atStart(shown, 'read', `larger than the ${maxFileBytes / 1048576} MB limit`)];
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a JSON file' : code === 'EACCES' ? 'permission denied' : sanitize((error as Error).message);
		return [atStart(shown, 'read', `cannot read: ${reason}`)];
	}
	const utf16 = utf16Problem(bytes);
	if (utf16 !== undefined) return [atStart(shown, 'read', utf16)];
	const text = bytes.toString('utf8');
	return checkText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, shown);
}
