/**
 * A sheet's TimelineJS document (./sheet-document.ts) imported and checked as a TimelineJS file
 * is, its events a run at a time as the rows are read: on the explorer's thread for a large sheet,
 * while the sheet's thread reads the rows after them (./progressive-sheet.ts), or all at once. The
 * timeline, warnings and one-line errors are what the whole sheet gives `--data`, whatever the runs.
 */
import {checkReferences, soundEvents} from '../../model/cross-references.js';
import {DateOrder} from '../../model/dates.js';
import {UserError} from '../../model/errors.js';
import type {Timeline, TimelineEvent} from '../../model/schema.js';
import {sanitize, sanitizeDeep} from '../../text/sanitize.js';
import {fastElements, fastTimeline} from '../fast-validate.js';
import {crossChecked, longString, namedImport, schemaTimeline, tooLong} from '../load-timeline.js';
import type {LoadedTimeline, LoadOptions} from '../load-types.js';
import {EventsImport, isTimelineJs2, timelineJs2Message} from '../timelinejs-import.js';
import {columnLabel, columnOfField, type ColumnMap} from './columns.js';
import type {SheetFinding} from './sheet-document.js';
import {atOnce} from '../../steps.js';

type Json = Record<string, unknown>;

/** What is known once every row is read: the document but its events, what the reader found, the row of each era. */
export type SheetRest = {shell: Json; findings: SheetFinding[]; eraRows: number[]; map: ColumnMap};

/** Events checked, or their dates read for sorting, per step. */
const checkSlice = 5000;

/**
 * `crossChecked(timeline)` a step at a time: what it asks of each event, then the date order; at
 * the first doubt, `crossChecked` itself, which says what is wrong.
 */
function* crossCheckedSteps(timeline: Timeline, file: string): Generator<void, Timeline> {
	const sound = yield* soundEvents(timeline.events, checkSlice);
	if (!sound || checkReferences({...timeline, events: []}) !== undefined) return crossChecked(timeline, file);
	const order = new DateOrder(timeline.events);
	while (!order.read(checkSlice)) yield;
	yield;
	order.sort();
	yield;
	return timeline;
}

/** `file:ROW:B (Month): message`, the form of every sheet message. */
export function findingLine(file: string, finding: SheetFinding): string {
	return `${file}:${finding.row}:${finding.label}: ${finding.message}`;
}

/** The sheet's document imported: its events with `add` as they are read, then the rest with `finish`. */
export class SheetImport {
	readonly #import = new EventsImport();
	/** The sheet's row of each event of the document given so far. */
	readonly #rows: number[] = [];
	/** The events imported. */
	readonly #imported: TimelineEvent[] = [];
	/** Each imported event as validation gives it, while the fast path vouches for every one (else valibot checks the whole timeline). */
	#valid: TimelineEvent[] | undefined = [];
	/** An event's text made safe to show, where that changed it. */
	readonly #cleanOf = new Map<TimelineEvent, TimelineEvent>();
	/** Where the first string over the limit is: the document's error, which makes the events after it not worth reading. */
	#long: Array<string | number> | undefined;

	constructor(
		readonly file: string,
		readonly options: LoadOptions,
	) {}

	/** The next events of the document, with the sheet row of each. */
	add(events: readonly unknown[], rows: readonly number[]): void {
		if (this.#long !== undefined) return;
		const before = this.#rows.length;
		for (const row of rows) this.#rows.push(row);
		const long = longString(events);
		if (long !== undefined) {
			this.#long = ['events', before + (long[0] as number), ...long.slice(1)];
			return;
		}
		const imported = this.#import.add(events);
		for (const event of imported) this.#imported.push(event);
		if (this.#valid === undefined) return;
		const valid = fastElements(imported, 'events') as TimelineEvent[] | undefined;
		if (valid === undefined) {
			this.#valid = undefined;
			return;
		}
		for (const event of valid) {
			this.#valid.push(event);
			const clean = sanitizeDeep(event);
			if (clean !== event) this.#cleanOf.set(event, clean);
		}
	}

	/** The loaded sheet once every row is read, or the one-line error `--data` gives for it. */
	finish(rest: SheetRest): LoadedTimeline {
		return atOnce(this.finishing(rest));
	}

	/** `finish` a step at a time: checking and sorting the events, what takes long, `checkSlice` events per step. */
	*finishing({shell, findings, eraRows, map}: SheetRest): Generator<void, LoadedTimeline> {
		const file = this.file;
		const problems = findings.filter(finding => finding.onLoad);
		if (this.options.strict && problems[0] !== undefined) throw new UserError(sanitize(findingLine(file, problems[0])));
		// No event row at all (a new sheet: its header, perhaps a title row) is an empty timeline, as TimelineJS JSON with no events is; rows all skipped are an error.
		if (this.#rows.length === 0 && problems[0] !== undefined) {
			throw new UserError(`${file}: no event could be read: a row needs a Year${problems[0] === undefined ? '' : `; the first problem: ${sanitize(findingLine(file, problems[0]))}`}`);
		}
		// A message of the import's that names `events[3].text.headline` names the sheet's row and column instead, as check does.
		const toRow = (message: string) =>
			message.replace(/^(.*?): (events|eras)\[(\d+)\](?:\.([a-z_]+)(?:\.([a-z_]+))?[^:\s]*)?: /, (whole, _file: string, list: string, index: string, field?: string, inner?: string) => {
				const row = (list === 'events' ? this.#rows : eraRows)[Number(index)];
				if (row === undefined) return whole;
				const column = field === undefined ? undefined : map.at[columnOfField(field, inner)];
				return column === undefined ? `${file}:${row}: ` : `${file}:${row}:${columnLabel(map, column)}: `;
			});
		let checked: {raw: Timeline; warnings: string[]};
		try {
			checked = yield* this.#checked(shell);
		} catch (error) {
			if (error instanceof UserError) throw new UserError(toRow(error.message), error.exitCode);
			throw error;
		}
		const {raw} = checked;
		const warnings = [...problems.map(finding => sanitize(findingLine(file, finding))), ...checked.warnings.map(toRow)];
		return {raw, timeline: this.#clean(raw), file, format: 'timelinejs', warnings};
	}

	/** The document validated as `validateTimeline` validates a TimelineJS file, in its order. */
	*#checked(shell: Json): Generator<void, {raw: Timeline; warnings: string[]}> {
		const file = this.file;
		const long = this.#long ?? longString(shell);
		if (long !== undefined) throw tooLong(file, long);
		if (isTimelineJs2(shell)) throw new UserError(`${file}: ${timelineJs2Message}`);
		const {timeline, warnings} = namedImport(file, this.options, () => this.#import.around(shell, this.#imported));
		const valid = this.#valid === undefined ? undefined : fastTimeline({...timeline, events: []});
		// The rest of the timeline past the fast path: valibot gives every event anew, not those made safe as they came.
		if (valid === undefined) this.#valid = undefined;
		const whole = valid === undefined ? schemaTimeline(timeline, file) : {...valid, events: this.#valid!};
		return {raw: yield* crossCheckedSteps(whole, file), warnings};
	}

	/** `raw` made safe to show: itself when nothing changed. */
	#clean(raw: Timeline): Timeline {
		// Checked by valibot (see #checked): its events are not those made safe as they came.
		if (this.#valid === undefined) return sanitizeDeep(raw);
		const shell = {...raw, events: []};
		const clean = sanitizeDeep(shell);
		if (clean === shell && this.#cleanOf.size === 0) return raw;
		return {...clean, events: raw.events.map(event => this.#cleanOf.get(event) ?? event)};
	}
}
