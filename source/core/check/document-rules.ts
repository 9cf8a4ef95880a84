/**
 * The checks of a parsed timeline document, either format, by key path: what `check` reports for a
 * JSON file, and for the TimelineJS document a sheet makes (./sheet-rules.ts).
 */
import {isUserError} from '../model/errors.js';
import {longString, maxStringLength} from '../load/load-timeline.js';
import {fromTimelineJs, isTimelineJs} from '../load/timelinejs-import.js';
import {parsePath, pathText, type Finding} from './problem.js';
import {schemaFindings} from './schema-rules.js';
import {referenceFindings} from './reference-rules.js';
import {importWarningFindings, type ImportWarning, warningFindings} from './warning-rules.js';

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
	if (isTimelineJs(document)) return [...tooLong, ...timelineJsFindings(document as Record<string, unknown>)];
	const {findings, salvaged} = schemaFindings(document as Record<string, unknown>);
	return [...tooLong, ...findings, ...referenceFindings(salvaged), ...warningFindings(salvaged)];
}
