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
import {jsonLayoutNow, LayoutWindow, openShell, type ArrayLayout, type TopLayout} from '../load/large/json-layout.js';
import {chunksOf, fileShell, layoutParts, runsOf, type FileBytes, type LayoutPart} from '../load/large/file-bytes.js';
import {bytesParts, type FileParts} from '../load/large/file-on-disk.js';
import {letGo} from '../let-go.js';
import {eventCitations, type EventCitations, type SourcesReport} from '../load/large/lazy-sources.js';
import {sanitizeDeep} from '../text/sanitize.js';
import type {Source, Timeline, TimelineEvent} from '../model/schema.js';
import {corpusParts, ShownEvents, withPassages} from './corpus.js';
import {filterFacts, type FilterFacts} from './qualifiers.js';
import {FoldedText, type FoldedCorpus} from './case-map.js';
import {everyArticleAgain, foldedArticles} from './article-passages.js';
import {CitationCheck} from './citation-check.js';

/** What says two timelines have the same events in the same order, without comparing them all. */
export type EventCheck = {count: number; first: string | undefined; last: string | undefined};

/** The check of a loaded timeline's events. */
export function eventCheck(events: readonly TimelineEvent[]): EventCheck {
	return {count: events.length, first: events[0]?.id, last: events.at(-1)?.id};
}

/**
 * Every element of one array of the file, as it is and sanitised, from `parts` (see `layoutParts`,
 * or the one part that holds them all); stops (with `failed` set) at a problem.
 */
function* elements<T>(parts: Iterable<LayoutPart>, layout: ArrayLayout, kind: 'sources' | 'events', failed: {yes: boolean}): Generator<{raw: T; clean: T}> {
	for (const part of parts) {
		// Small slices: what is parsed dies young, before the collector has to move it.
		for (const {chunk} of chunksOf<T>(part.file, layout, kind, failed, 1 << 14, part)) {
			for (let i = 0; i < chunk.raw.length; i++) yield {raw: chunk.raw[i]!, clean: chunk.clean[i]!};
		}
		if (failed.yes) return;
	}
}

/**
 * Every event of the file, as `elements` gives them, from `file`, which holds them from `base` in
 * the file on: laid out (`layout`), or in runs from the `[` the layout stopped at (`open`, see
 * `elementRuns`). Returns where their array ends, in `file`.
 */
function* eventElements(file: FileBytes, base: number, where: ArrayLayout | number, failed: {yes: boolean}): Generator<{raw: TimelineEvent; clean: TimelineEvent}, number | undefined> {
	if (typeof where !== 'number') {
		yield* elements<TimelineEvent>([{file, base, from: 0, to: where.starts.length}], where, 'events', failed);
		return where.end - base;
	}
	const runs = runsOf<TimelineEvent>(file, where - base + 1, 'events', 1 << 14, true);
	for (let step = runs.next(); ; step = runs.next()) {
		if (step.done === true) {
			if (step.value === undefined) failed.yes = true;
			return step.value;
		}
		const {raw, clean} = step.value.value;
		for (let i = 0; i < raw.length; i++) yield {raw: raw[i]!, clean: clean[i]!};
	}
}

/**
 * `onLayout`: the file's layout, as soon as it is known (the explorer's loader reads the events
 * meanwhile, from where they seem to be, and checks that guess against it); `onReport`: the
 * articles are good, and what the loader needs of them; `given`: the next batch of the events'
 * citations the loader sent (`more` on all but the last), once it has come (waiting up to `wait`
 * milliseconds for it, when asked to); `span`: bytes read at a time.
 */
export type FileCorpusOptions = {onLayout?: (layout: TopLayout) => void; onReport?: (report: SourcesReport) => void; given?: (wait?: number) => EventCitations | undefined; span?: number};

/** Articles read between two looks for the events' citations. */
const lookEvery = 256;
/** How long the articles' check waits for the events' citations, in milliseconds, before reading the events itself. */
const citationsWait = 1500;
/** Bytes of the file read at a time: what the layout and the articles' check hold. */
const spanBytes = 8 * 1024 * 1024;

/**
 * The corpus of the sc-timeline file `parts` reads (or whose bytes are given), and the check of its
 * events; undefined for anything else. The articles are checked first: each is validated, its id
 * found unique, and the events' citations of it checked (paragraph and quote, as
 * core/model/cross-references.ts does); if all is well their ids and outlets go to `onReport`, so
 * the explorer's loader can finish. The citations come from `given` (the loader, which parses the
 * events anyway, sends them in batches as it does) when they all come in time, else from the events
 * read here; each is checked when its article is read, or, if it came after, with that article read
 * again (see `CitationCheck`). The file is read a part at a time (laid out, then its articles
 * checked, then read again for the corpus), so it is never held whole: only its events are.
 * Undefined at any problem, which the explorer's loader then finds and words itself.
 */
export function fileCorpus(given: Buffer | FileParts, options: FileCorpusOptions = {}): {corpus: FoldedCorpus; check: EventCheck; facts: FilterFacts} | undefined {
	const parts = Buffer.isBuffer(given) ? bytesParts(given) : given;
	const checked = checkedFile(parts, options)?.rest();
	const corpus = checked === undefined ? undefined : foldedFileCorpus(checked, parts.part);
	return checked === undefined || corpus === undefined ? undefined : {corpus, check: checked.check, facts: checked.facts};
}

/**
 * What the first reading of a file gives (`checkedFile`): its articles checked (and reported), its
 * events read, sorted and sanitised, what qualifiers read of them, and where the articles are, to
 * be read again for the corpus (`foldedFileCorpus`).
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
 * the processor with that); undefined at a problem, by then or in the rest. Of the file, only its
 * events are held, from when they are first read (here if the citations are late, else at `rest`)
 * until `rest` is done with them.
 */
export function checkedFile(
	parts: FileParts,
	{onLayout = () => {}, onReport = () => {}, given = () => undefined, span = spanBytes}: FileCorpusOptions = {},
): {rest: () => CheckedFile | undefined} | undefined {
	// Laid out up to the events: the explorer's loader reads them in runs, and so does this thread (`eventElements`), when it needs them.
	const layout = jsonLayoutNow(new LayoutWindow(Buffer.alloc(0), {size: parts.size, span, part: parts.part}), ['sources', 'events'], 'events');
	if (layout !== undefined) onLayout(layout);
	const eventsAt = layout?.open?.key === 'events' ? layout.open.start : layout?.arrays.get('events');
	if (layout === undefined || eventsAt === undefined) return undefined;
	if (fileShell(layout.open === undefined ? layout.head : `${layout.head}[]}`) === undefined) return undefined;
	// The events' bytes: from their `[` to the file's end when the layout stopped there (what follows them is read with them), else their array.
	const eventsFrom = typeof eventsAt === 'number' ? eventsAt : eventsAt.start;
	let eventBytes: FileBytes | undefined;
	const failed = {yes: false};
	/** The events' bytes, read when first needed. */
	const eventFile = () => {
		if (eventBytes === undefined) {
			const bytes = parts.own(eventsFrom, typeof eventsAt === 'number' ? parts.size : eventsAt.end);
			if (bytes === undefined) failed.yes = true;
			eventBytes = {bytes: bytes ?? Buffer.alloc(0), ascii: bytes === undefined || isAscii(bytes)};
		}
		return eventBytes;
	};
	// The top-level object: what follows the events is known once they are read (what comes before them is checked now).
	const shellAt = (end: number) => {
		const top = layout.open === undefined ? layout.head : openShell(layout, layout.head, eventFile().bytes, end);
		return top === undefined ? undefined : fileShell(top);
	};
	// The events' citations, checked as they and the articles come in (see `CitationCheck`).
	const check = new CitationCheck();
	/** Takes the batches of citations that have come, waiting up to `wait` milliseconds for each while more are to come. */
	const take = (wait?: number) => {
		while (!check.complete) {
			const batch = given(wait);
			if (batch === undefined) return;
			check.take(batch);
		}
	};
	const sourcesLayout = layout.arrays.get('sources');
	const report: SourcesReport = {ids: [], rawOutlets: [], outlets: [], published: []};
	if (sourcesLayout !== undefined) {
		const articles = layoutParts(parts.part, sourcesLayout, span);
		for (const {raw, clean} of elements<Source>(articles, sourcesLayout, 'sources', failed)) {
			if (report.ids.length % lookEvery === 0) take();
			check.article(report.ids.length, raw.id, raw.paragraphs);
			report.ids.push(raw.id);
			report.rawOutlets.push(raw.outlet);
			report.published.push(raw.published);
			report.outlets.push(clean.outlet);
		}
		// Read to the end, unless a part could not be (the file changed).
		if (report.ids.length !== sourcesLayout.starts.length) failed.yes = true;
	}
	if (failed.yes || check.twice) return undefined;
	// Not all come yet: waited for a while (the loader is reading the events: a thread reading them beside it would slow it), then read here.
	take(citationsWait);
	// Not all sent: the events are read here (the corpus needs them anyway) until the loader's last citations come, or to the end.
	const events: TimelineEvent[] = [];
	// Where the events end in their bytes, once read to the end (in this step or at the rest).
	const read: {end?: number | undefined} = {};
	const eventReader = (function* () {
		const file = eventFile();
		if (!failed.yes) read.end = yield* eventElements(file, eventsFrom, eventsAt, failed);
	})();
	if (!check.complete) {
		const raws: TimelineEvent[] = [];
		for (let next = eventReader.next(); next.done !== true; next = eventReader.next()) {
			events.push(next.value.clean);
			raws.push(next.value.raw);
			if (events.length % lookEvery === 0) take();
			if (check.complete) break;
		}
		if (failed.yes) return undefined;
		// None (or no more) came: those read here decide.
		if (!check.complete) check.restart(eventCitations(raws));
	}
	if (!check.holds((articles, again) => everyArticleAgain(parts.part, sourcesLayout!, articles, again))) return undefined;
	onReport(report);
	const rest = () => {
		const checked = readRest(() => (read.end === undefined ? undefined : shellAt(read.end)), events, eventReader, failed, report, sourcesLayout);
		// The events' bytes are done with: their memory goes now.
		if (eventBytes !== undefined) void letGo(eventBytes.bytes);
		return checked;
	};
	return {rest};
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
