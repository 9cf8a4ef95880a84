/**
 * The search corpus of a large timeline file, built from the file's bytes in the search worker
 * while the explorer's thread loads the same bytes: the two threads read the file side by side, so
 * search is ready soon after the timeline is, instead of starting only once it is loaded.
 *
 * Only the file's text is taken here: the explorer's loader checks the file and is the authority.
 * Events are read, sorted and sanitised as the loader does them, so document `d` names the same
 * event on both sides; the client checks that the two agree (`EventCheck`) before using the corpus,
 * and anything unexpected here (a TimelineJS file, a problem the loader will word) gives undefined,
 * after which the client sends the loaded timeline's corpus instead.
 */
import {isAscii} from 'node:buffer';
import {sortEvents} from '../model/dates.js';
import {jsonLayoutNow, type ArrayLayout} from '../load/large/json-layout.js';
import {chunksOf, fileShell, type FileBytes} from '../load/large/file-bytes.js';
import type {SourcesReport} from '../load/large/lazy-sources.js';
import {sanitizeDeep} from '../text/sanitize.js';
import type {Citation, Source, Timeline, TimelineEvent} from '../model/schema.js';
import {corpusParts} from './corpus.js';
import {FoldedText} from './case-map.js';
import type {FoldedCorpus} from './case-map.js';

/** What says two timelines have the same events in the same order, without comparing them all. */
export type EventCheck = {count: number; first: string | undefined; last: string | undefined};

/** The check of a loaded timeline's events. */
export function eventCheck(events: readonly TimelineEvent[]): EventCheck {
	return {count: events.length, first: events[0]?.id, last: events.at(-1)?.id};
}

/** Every element of one array of the file, as it is and sanitised; stops (with `failed` set) at a problem. */
function* elements<T>(file: FileBytes, layout: ArrayLayout, kind: 'sources' | 'events', failed: {yes: boolean}): Generator<{raw: T; clean: T}> {
	// Small slices: what is parsed dies young, before the collector has to move it.
	for (const {chunk} of chunksOf<T>(file, layout, kind, failed, 1 << 14)) {
		for (let i = 0; i < chunk.raw.length; i++) yield {raw: chunk.raw[i]!, clean: chunk.clean[i]!};
	}
}

/**
 * The corpus of the sc-timeline file whose bytes are `bytes`, and the check of its events;
 * undefined for anything else. The articles are read twice, a chunk at a time, so they are never
 * all held at once: first each is validated, its id found unique, and the events' citations of it
 * checked (paragraph and quote, as core/model/cross-references.ts does), and if all is well their ids and outlets go to `onReport`;
 * then they are read again for the corpus. Undefined at any problem, which the explorer's loader
 * then finds and words itself.
 */
export function fileCorpus(bytes: Buffer, onReport: (report: SourcesReport) => void = () => {}): {corpus: FoldedCorpus; check: EventCheck} | undefined {
	const layout = jsonLayoutNow(bytes, ['sources', 'events']);
	const eventsLayout = layout?.arrays.get('events');
	if (layout === undefined || eventsLayout === undefined) return undefined;
	const shell = fileShell(bytes, layout);
	if (shell === undefined) return undefined;
	const file: FileBytes = {bytes, ascii: isAscii(bytes)};
	const failed = {yes: false};
	const events: TimelineEvent[] = [];
	const citations = new Map<string, Citation[]>();
	for (const {raw, clean} of elements<TimelineEvent>(file, eventsLayout, 'events', failed)) {
		events.push(clean);
		for (const cite of raw.citations) {
			const list = citations.get(cite.source);
			if (list === undefined) citations.set(cite.source, [cite]);
			else list.push(cite);
		}
	}
	if (failed.yes) return undefined;
	const sourcesLayout = layout.arrays.get('sources');
	// First the articles are checked, and said to be good (`onReport`), so the explorer's loader
	// can finish; then read again for the corpus, which takes longer (folding, the case map).
	const report: SourcesReport = {ids: [], rawOutlets: [], outlets: []};
	const ids = new Set<string>();
	if (sourcesLayout !== undefined) {
		for (const {raw, clean} of elements<Source>(file, sourcesLayout, 'sources', failed)) {
			if (ids.has(raw.id)) failed.yes = true;
			ids.add(raw.id);
			report.ids.push(raw.id);
			report.rawOutlets.push(raw.outlet);
			report.outlets.push(clean.outlet);
			for (const cite of citations.get(raw.id) ?? []) if (!raw.paragraphs[cite.paragraph - 1]?.includes(cite.quote)) failed.yes = true;
			citations.delete(raw.id);
		}
	}
	// A citation left over names a source the file does not have.
	if (failed.yes || citations.size > 0) return undefined;
	onReport(report);
	// Sorted only now: the explorer's loader waits for the report, not for this.
	sortEvents(events);
	const check = eventCheck(events);
	function* articles(): Generator<Source> {
		// The events' documents are made by now: let them go before the articles come in.
		events.length = 0;
		if (sourcesLayout !== undefined) for (const {clean} of elements<Source>(file, sourcesLayout, 'sources', failed)) yield clean;
	}
	const eras: Timeline['eras'] = shell.eras === undefined ? undefined : sanitizeDeep(shell.eras);
	// Folded a part at a time: the text as written is never held whole.
	const titleSlide = sanitizeDeep({title: shell.title, ...(shell.description === undefined ? {} : {description: shell.description}), ...(shell.untitled ? {untitled: true as const} : {})});
	const parts = corpusParts({events, eras, ...titleSlide, sources: articles()}, 1 << 15);
	const text = new FoldedText();
	for (let next = parts.next(); ; next = parts.next()) {
		if (next.done !== true) text.add(next.value);
		else return failed.yes ? undefined : {corpus: {...next.value, ...text.finish()}, check};
	}
}
