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
import {jsonLayoutNow, layoutHead, openShell, type ArrayLayout, type TopLayout} from '../load/large/json-layout.js';
import {chunksOf, fileShell, runsOf, type FileBytes} from '../load/large/file-bytes.js';
import {citedAt, eventCitations, type EventCitations, type SourcesReport} from '../load/large/lazy-sources.js';
import {sanitizeDeep} from '../text/sanitize.js';
import type {Source, Timeline, TimelineEvent} from '../model/schema.js';
import {corpusParts, ShownEvents, withPassages} from './corpus.js';
import {filterFacts, type FilterFacts} from './qualifiers.js';
import {FoldedText, type FoldedCorpus} from './case-map.js';
import {foldedArticles} from './article-passages.js';

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
 * Every event of the file, as `elements` gives them: laid out (`layout`), or in runs from the `[`
 * the layout stopped at (`open`, see `elementRuns`). Returns where their array ends.
 */
function* eventElements(file: FileBytes, where: ArrayLayout | number, failed: {yes: boolean}): Generator<{raw: TimelineEvent; clean: TimelineEvent}, number | undefined> {
	if (typeof where !== 'number') {
		yield* elements<TimelineEvent>(file, where, 'events', failed);
		return where.end;
	}
	const runs = runsOf<TimelineEvent>(file, where + 1, 'events', 1 << 14, true);
	for (let step = runs.next(); ; step = runs.next()) {
		if (step.done === true) {
			if (step.value === undefined) failed.yes = true;
			return step.value;
		}
		const {raw, clean} = step.value.value;
		for (let i = 0; i < raw.length; i++) yield {raw: raw[i]!, clean: clean[i]!};
	}
}

/** The events' citations by the source they cite: indices into an `EventCitations`. */
function bySource(citations: EventCitations): Map<string, number[]> {
	const cited = new Map<string, number[]>();
	for (let i = 0; i < citations.paragraphs.length; i++) {
		const {source} = citedAt(citations, i);
		const list = cited.get(source);
		if (list === undefined) cited.set(source, [i]);
		else list.push(i);
	}
	return cited;
}

/**
 * `onLayout`: the file's layout, as soon as it is known (the explorer's loader reads the events
 * meanwhile, from where they seem to be, and checks that guess against it); `onReport`: the
 * articles are good, and what the loader needs of them; `given`: the events' citations, once the
 * loader sends them.
 */
export type FileCorpusOptions = {onLayout?: (layout: TopLayout) => void; onReport?: (report: SourcesReport) => void; given?: () => EventCitations | undefined};

/** Articles read between two looks for the events' citations. */
const lookEvery = 256;

/**
 * The corpus of the sc-timeline file whose bytes are `bytes`, and the check of its events;
 * undefined for anything else. The articles are checked first: each is validated, its id found
 * unique, and the events' citations of it checked (paragraph and quote, as
 * core/model/cross-references.ts does); if all is well their ids and outlets go to `onReport`, so
 * the explorer's loader can finish. The citations come from `given` (the loader, which parses the
 * events anyway, sends them) when they are there by the time they are needed, else from the events
 * read here; an article read before they came keeps its paragraphs until then. The articles are
 * read again for the corpus, a chunk at a time, so they are never all held at once. Undefined at
 * any problem, which the explorer's loader then finds and words itself.
 */
export function fileCorpus(bytes: Buffer, options: FileCorpusOptions = {}): {corpus: FoldedCorpus; check: EventCheck; facts: FilterFacts} | undefined {
	const checked = checkedFile(bytes, options)?.rest();
	const corpus = checked === undefined ? undefined : foldedFileCorpus(checked, (start, end) => bytes.subarray(start, end));
	return checked === undefined || corpus === undefined ? undefined : {corpus, check: checked.check, facts: checked.facts};
}

/**
 * What the first reading of a file gives (`checkedFile`): its articles checked (and reported), its
 * events read, sorted and sanitised, what qualifiers read of them, and where the articles are, to
 * be read again for the corpus (`foldedFileCorpus`) from the bytes or, once those are let go, from the file.
 */
export type CheckedFile = {
	events: TimelineEvent[];
	eras: Timeline['eras'];
	titleSlide: {title: string; description?: string; untitled?: true};
	check: EventCheck;
	facts: FilterFacts;
	sources: ArrayLayout | undefined;
};

/**
 * The corpus of a checked file: its events' documents, eras and title made here, then its articles'
 * passages read again with `read` (see `foldedArticles`), folded a part at a time: the text as
 * written is never held whole. Undefined when they could not be read (the file changed since).
 * Its events are let go of before the articles come in.
 */
export function foldedFileCorpus(checked: CheckedFile, read: (start: number, end: number) => Buffer | undefined): FoldedCorpus | undefined {
	const {events, sources} = checked;
	const shown = new ShownEvents(events);
	const parts = corpusParts({events, eras: checked.eras, ...checked.titleSlide, sources: []}, 1 << 15);
	const text = new FoldedText();
	let next = parts.next();
	for (; next.done !== true; next = parts.next()) text.add(next.value);
	events.length = 0;
	const articles = sources === undefined ? undefined : foldedArticles(read, sources, text);
	if (sources !== undefined && articles === undefined) return undefined;
	return {...(articles === undefined ? next.value : withPassages(next.value, shown, articles)), ...text.finish()};
}

/**
 * See `fileCorpus` and `CheckedFile`: the articles checked and reported, and then, when `rest` is
 * called, the rest of the events read (the explorer's loader, finishing meanwhile, need not share
 * the processor with that); undefined at a problem, by then or in the rest.
 */
export function checkedFile(bytes: Buffer, {onLayout = () => {}, onReport = () => {}, given = () => undefined}: FileCorpusOptions = {}): {rest: () => CheckedFile | undefined} | undefined {
	// Laid out up to the events: the explorer's loader reads them in runs, and so does this thread (`eventElements`), when it needs them.
	const found = jsonLayoutNow(bytes, ['sources', 'events'], 'events');
	const layout = found === undefined ? undefined : {...found, head: layoutHead(bytes, found)};
	if (layout !== undefined) onLayout(layout);
	const eventsAt = layout?.open?.key === 'events' ? layout.open.start : layout?.arrays.get('events');
	if (layout === undefined || eventsAt === undefined) return undefined;
	// The top-level object: what follows the events is known once they are read (what comes before them is checked now).
	const shellAt = (end: number) => {
		const top = layout.open === undefined ? layout.head : openShell(layout, layout.head, bytes, end);
		return top === undefined ? undefined : fileShell(top);
	};
	if (fileShell(layout.open === undefined ? layout.head : `${layout.head}[]}`) === undefined) return undefined;
	const file: FileBytes = {bytes, ascii: isAscii(bytes)};
	const failed = {yes: false};
	/** The events' citations, once known, and which of them are not checked yet, by source. */
	let known: {citations: EventCitations; unchecked: Map<string, number[]>} | undefined;
	const know = (citations: EventCitations | undefined) => {
		if (citations !== undefined) known = {citations, unchecked: bySource(citations)};
		return known;
	};
	/** Checks the citations of the article `id` and counts them done; false at a quote not in its paragraph. */
	const checkQuotes = (id: string, paragraphs: readonly string[], {citations, unchecked}: NonNullable<typeof known>) => {
		for (const i of unchecked.get(id) ?? []) if (!paragraphs[citations.paragraphs[i]! - 1]?.includes(citedAt(citations, i).quote)) return false;
		unchecked.delete(id);
		return true;
	};
	const held: Array<{id: string; paragraphs: string[]}> = [];
	const sourcesLayout = layout.arrays.get('sources');
	const report: SourcesReport = {ids: [], rawOutlets: [], outlets: [], published: []};
	const ids = new Set<string>();
	if (sourcesLayout !== undefined) {
		for (const {raw, clean} of elements<Source>(file, sourcesLayout, 'sources', failed)) {
			if (ids.has(raw.id)) failed.yes = true;
			ids.add(raw.id);
			report.ids.push(raw.id);
			report.rawOutlets.push(raw.outlet);
			report.published.push(raw.published);
			report.outlets.push(clean.outlet);
			const cited = known ?? (report.ids.length % lookEvery === 1 ? know(given()) : undefined);
			if (cited === undefined) held.push({id: raw.id, paragraphs: raw.paragraphs});
			else if (!checkQuotes(raw.id, raw.paragraphs, cited)) failed.yes = true;
		}
	}
	if (failed.yes) return undefined;
	let now = known ?? know(given());
	// Not sent yet: the events are read here (the corpus needs them anyway) until the loader's citations come, or to the end.
	const events: TimelineEvent[] = [];
	// Where the events end, once read to the end (in this step or at the rest).
	const read: {end?: number | undefined} = {};
	const eventReader = (function* () {
		read.end = yield* eventElements(file, eventsAt, failed);
	})();
	if (now === undefined) {
		const raws: TimelineEvent[] = [];
		for (let next = eventReader.next(); next.done !== true; next = eventReader.next()) {
			events.push(next.value.clean);
			raws.push(next.value.raw);
			if (events.length % lookEvery === 0) now = know(given());
			if (now !== undefined) break;
		}
		if (failed.yes) return undefined;
		if (now === undefined) {
			const citations = eventCitations(raws);
			now = {citations, unchecked: bySource(citations)};
		}
	}
	for (const {id, paragraphs} of held) if (!checkQuotes(id, paragraphs, now)) failed.yes = true;
	held.length = 0;
	// A citation left over names a source the file does not have.
	if (failed.yes || now.unchecked.size > 0) return undefined;
	onReport(report);
	return {rest: () => readRest(() => (read.end === undefined ? undefined : shellAt(read.end)), events, eventReader, failed, report, sourcesLayout)};
}

/** The rest of `checkedFile`: the events after those read so far, and what is made of them and of the top-level object (`shellOf`, once they are read). */
function readRest(
	shellOf: () => Timeline | undefined,
	events: TimelineEvent[],
	eventReader: Generator<{clean: TimelineEvent}>,
	failed: {yes: boolean},
	report: SourcesReport,
	sourcesLayout: ArrayLayout | undefined,
): CheckedFile | undefined {
	for (let next = eventReader.next(); next.done !== true; next = eventReader.next()) events.push(next.value.clean);
	const shell = failed.yes ? undefined : shellOf();
	if (shell === undefined) return undefined;
	sortEvents(events);
	const check = eventCheck(events);
	// What qualifiers read, from the same events the explorer's loader gives (so it need not post its own).
	const facts = filterFacts({events, sources: report.ids.map((id, i) => ({id, outlet: report.outlets[i]!}))});
	const eras: Timeline['eras'] = shell.eras === undefined ? undefined : sanitizeDeep(shell.eras);
	const titleSlide = sanitizeDeep({title: shell.title, ...(shell.description === undefined ? {} : {description: shell.description}), ...(shell.untitled ? {untitled: true as const} : {})});
	return {events, eras, titleSlide, check, facts, sources: sourcesLayout};
}
