/**
 * `check` on a sheet: every problem the sheet reader finds (core/load/sheet/sheet-document.ts), at
 * the sheet's own row (the header is row 1) and column (`B (Month)`), then what the checks of
 * TimelineJS JSON find in the document the sheet makes, placed back on the row and column it came
 * from. The same `Problem` as for JSON, so the same two printed forms.
 */
import {isUserError} from '../model/errors.js';
import {documentFindings} from './document-rules.js';
import type {KeyPath, Problem} from './problem.js';
import {columnLabel, columnOfField} from '../load/sheet/columns.js';
import type {Delimiter} from '../load/sheet/parse-sheet.js';
import {readSheet} from '../load/sheet/load-sheet.js';
import type {SheetDocument} from '../load/sheet/sheet-document.js';

/** The row and column a key path in the sheet's TimelineJS document came from. */
function placeOf(path: KeyPath, read: SheetDocument): {row: number; column: number} {
	const [list, index, ...rest] = path;
	const inList = (list === 'events' || list === 'eras') && typeof index === 'number';
	const row = inList ? (list === 'events' ? read.eventRows : read.eraRows)[index] : list === 'title' ? read.titleRow : undefined;
	const [field, inner] = inList ? rest : list === 'title' ? [index, ...rest] : [];
	const column = columnOfField(field, inner);
	return {row: row ?? 1, column: read.map.at[column] ?? 0};
}

/** Every problem in the text of a sheet named `file`, in row order. */
export function sheetProblems(text: string, file: string, delimiter: Delimiter): Problem[] {
	let read: ReturnType<typeof readSheet>;
	try {
		read = readSheet(text, file, delimiter);
	} catch (error) {
		if (!isUserError(error)) throw error;
		return [{file, line: 1, column: 1, columnName: 'A', severity: 'error', rule: 'sheet-header', message: error.message.replace(/^.*?:1: /, '')}];
	}
	const {findings, map, document} = read;
	const problems: Problem[] = findings.map(finding => ({
		file,
		line: finding.row,
		column: finding.column + 1,
		columnName: finding.label,
		severity: finding.severity,
		rule: finding.rule,
		message: finding.message,
	}));
	// No event row at all is an empty timeline (it loads); rows that were all skipped are an error.
	if ((document['events'] as unknown[]).length === 0) {
		if (findings.some(finding => finding.onLoad))
			problems.push({file, line: 2, column: 1, columnName: columnLabel(map, 0), severity: 'error', rule: 'sheet-empty', message: 'no event could be read: a row needs a Year'});
		return problems;
	}
	for (const finding of documentFindings(document)) {
		const {row, column} = placeOf(finding.path, read);
		problems.push({file, line: row, column: column + 1, columnName: columnLabel(map, column), severity: finding.severity, rule: finding.rule, message: finding.message});
	}
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
