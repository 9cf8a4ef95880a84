/**
 * Opening a sheet: its text parsed (./parse-sheet.ts), turned into TimelineJS JSON
 * (./sheet-document.ts), and loaded through the TimelineJS import like any TimelineJS file. What
 * the reader leaves out is a warning naming the sheet's row and column:
 * `sc-timeline: story.csv:14:A (Year): no year; row skipped`.
 */
import type {Timeline} from '../../model/schema.js';
import {UserError} from '../../model/errors.js';
import {sanitize, sanitizeDeep} from '../../text/sanitize.js';
import {validateTimeline, type LoadedTimeline, type LoadOptions} from '../load-timeline.js';
import {mapColumns} from './columns.js';
import {parseSheet, type Delimiter} from './parse-sheet.js';
import {sheetDocument, type SheetDocument, type SheetFinding} from './sheet-document.js';

/**
 * The sheet, read (only its first `lines` after the header when given); a sheet without a Year
 * column is refused as not a TimelineJS sheet.
 */
export function readSheet(text: string, file: string, delimiter: Delimiter, lines?: number): SheetDocument {
	// The header alone first: what is not a TimelineJS sheet is said at once, not after a million rows are read.
	const {header} = parseSheet(text, delimiter, 0);
	if (mapColumns(header).at.Year === undefined) {
		const seen = header.slice(0, 4).join(delimiter === ',' ? ',' : ' ');
		throw new UserError(`${file}:1: not a TimelineJS sheet: row 1 (the header) has no Year column (it reads "${sanitize(seen).slice(0, 60)}")`);
	}
	return sheetDocument(parseSheet(text, delimiter, lines));
}

/** `file:ROW:B (Month): message`, the form of every sheet message. */
export function findingLine(file: string, finding: SheetFinding): string {
	return `${file}:${finding.row}:${finding.label}: ${finding.message}`;
}

/**
 * Loads the text of a sheet named `file` (already sanitised for messages). A message from the
 * import that names `events[3]` names the sheet's row instead.
 */
export function parseSheetTimeline(text: string, file: string, delimiter: Delimiter, options: LoadOptions = {}): LoadedTimeline {
	const {raw, ...rest} = readSheetTimeline(text, file, delimiter, options);
	return {raw, timeline: sanitizeDeep(raw), ...rest};
}

/**
 * `parseSheetTimeline` but for sanitising: the timeline with its strings as in the file, for a
 * caller that sanitises it a part at a time (the sheet's thread, a slice of events at a time).
 */
export function readSheetTimeline(text: string, file: string, delimiter: Delimiter, options: LoadOptions = {}): Omit<LoadedTimeline, 'timeline'> {
	const read = readSheet(text, file, delimiter);
	const {document, eventRows, eraRows} = read;
	const problems = read.findings.filter(finding => finding.onLoad);
	if (options.strict && problems[0] !== undefined) throw new UserError(sanitize(findingLine(file, problems[0])));
	if ((document['events'] as unknown[]).length === 0) {
		throw new UserError(`${file}: no event could be read: a row needs a Year${problems[0] === undefined ? '' : `; the first problem: ${sanitize(findingLine(file, problems[0]))}`}`);
	}
	const toRow = (message: string) =>
		message.replace(/^(.*?): (events|eras)\[(\d+)\]\.?/, (whole, _file: string, list: string, index: string) => {
			const row = (list === 'events' ? eventRows : eraRows)[Number(index)];
			return row === undefined ? whole : `${file}:${row}: `;
		});
	let validated: ReturnType<typeof validateTimeline>;
	try {
		validated = validateTimeline(document, file, options);
	} catch (error) {
		if (error instanceof UserError) throw new UserError(toRow(error.message), error.exitCode);
		throw error;
	}
	const warnings = [...problems.map(finding => sanitize(findingLine(file, finding))), ...validated.warnings.map(toRow)];
	return {raw: validated.timeline, file, format: 'timelinejs', warnings};
}

/**
 * The events of the sheet's first `lines` lines, sanitised and in date order, for the explorer to
 * show while the whole sheet loads; undefined when they cannot be read (the whole load then says
 * why). A header without a Year column is the whole sheet's error too, thrown at once rather than
 * after every row has been read.
 */
export function sheetPreview(text: string, file: string, delimiter: Delimiter, lines: number): Timeline | undefined {
	const {document} = readSheet(text, file, delimiter, lines);
	try {
		return (document['events'] as unknown[]).length === 0 ? undefined : sanitizeDeep(validateTimeline(document, file).timeline);
	} catch {
		return undefined;
	}
}
