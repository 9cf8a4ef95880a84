/**
 * `check`'s core: every problem in a timeline file in one pass, each with its line and column.
 * A file is read with JSON.parse, as the loader reads it; only when there is something to report
 * is the position-keeping parser (./locate.ts) loaded to place it, so a clean file costs what
 * loading it costs.
 */
import {isUserError} from '../model/errors.js';
import {parseJson} from '../load/load-timeline.js';
import {shownFile} from '../text/sanitize.js';
import {isReadError} from '../load/read-file.js';
import {readText} from '../load/text-file.js';
import {sheetDelimiterOf, startsAsJson} from '../load/sheet/sheet-kind.js';
import {byPosition, type Problem} from './problem.js';
import {documentFindings} from './document-rules.js';

const atStart = (file: string, rule: string, message: string): Problem => ({file, line: 1, column: 1, severity: 'error', rule, message});

/** Every problem in the text of a timeline file named `file`, in file order. */
export async function checkText(text: string, file: string): Promise<Problem[]> {
	if (text.trim() === '') return [atStart(file, 'syntax', 'empty file, expected a JSON timeline')];
	// A sheet (by its name, unless it holds JSON) is checked cell by cell; the CSV parser is loaded only for one.
	const delimiter = sheetDelimiterOf(file);
	if (delimiter !== undefined && !startsAsJson(text)) return (await import('./sheet-rules.js')).sheetProblems(text, file, delimiter);
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
	const shown = shownFile(file);
	let text: string;
	try {
		text = readText(file, shown).text;
	} catch (error) {
		if (!isReadError(error)) throw error;
		return [{...atStart(shown, 'read', error.reason), ...error.place}];
	}
	return checkText(text, shown);
}
