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
import {parseSheet, parseSheetRuns, type Delimiter} from './parse-sheet.js';
import {SheetReader, sheetDocument, type SheetDocument} from './sheet-document.js';
import {SheetImport, type SheetRest} from './sheet-import.js';

/**
 * The sheet, read (only its first `lines` after the header when given); a sheet without a Year
 * column is refused as not a TimelineJS sheet.
 */
export function readSheet(text: string, file: string, delimiter: Delimiter, lines?: number): SheetDocument {
	sheetHeader(text, file, delimiter);
	return sheetDocument(parseSheet(text, delimiter, lines));
}

/**
 * The sheet's header row, read alone first: what is not a TimelineJS sheet (no Year column) is
 * said at once, not after a million rows are read.
 */
export function sheetHeader(text: string, file: string, delimiter: Delimiter): string[] {
	const {header} = parseSheet(text, delimiter, 0);
	if (mapColumns(header).at.Year === undefined) {
		const seen = header.slice(0, 4).join(delimiter === ',' ? ',' : ' ');
		throw new UserError(`${file}:1: not a TimelineJS sheet: row 1 (the header) has no Year column (it reads "${sanitize(seen).slice(0, 60)}")`);
	}
	return header;
}

/**
 * Loads the text of a sheet named `file` (already sanitised for messages). A message from the
 * import that names `events[3]` names the sheet's row instead.
 */
export function parseSheetTimeline(text: string, file: string, delimiter: Delimiter, options: LoadOptions = {}): LoadedTimeline {
	const {document, findings, eventRows, eraRows, map} = readSheet(text, file, delimiter);
	const {events, ...shell} = document;
	const loading = new SheetImport(file, options);
	loading.add(events as unknown[], eventRows);
	return loading.finish({shell, findings, eraRows, map});
}

/**
 * The sheet read a run of rows at a time, for `SheetImport` to import elsewhere as it is read:
 * each run's events (as its TimelineJS document has them) and the row of each handed to `onEvents`;
 * then what is known once every row is read. `characters`: see `parseSheetRuns`.
 */
export function readSheetRuns(text: string, file: string, delimiter: Delimiter, onEvents: (events: unknown[], rows: number[]) => void, characters?: number): SheetRest {
	const reader = new SheetReader(sheetHeader(text, file, delimiter));
	parseSheetRuns(
		text,
		delimiter,
		rows => {
			const read = reader.add(rows);
			if (read.events.length > 0) onEvents(read.events, read.rows);
		},
		characters,
	);
	const {document, findings, eraRows, map} = reader.finish();
	const {events: _none, ...shell} = document;
	// What the import says of the sheet's findings: those the loader warns of.
	return {shell, findings: findings.filter(finding => finding.onLoad), eraRows, map};
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
