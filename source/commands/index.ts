/**
 * The printed commands: one entry each, which is all the command line needs to know of them (the
 * help text, argument count and formats come from here). Each lives in its own file and shares
 * the core with the explorer, and is imported only when it runs, so `summary` does not pay for
 * loading fuse.js or diff. Adding a command = its file + one entry here.
 */
import type {Command, Format} from './context.js';

export type CommandEntry = {
	/** How it is called, as the help shows it: `show <id>`. */
	readonly usage: string;
	/** What it prints, for the help. */
	readonly help: string;
	readonly load: () => Promise<Command>;
	/** At most this many arguments; without it, the command checks its own. */
	readonly maxArgs?: number;
	/** The formats it writes, the first the default: text, markdown and json unless it says otherwise. */
	readonly formats?: readonly Format[];
	/** False for a command that reads no timeline, or names its own files: the bundled story is not loaded for it. */
	readonly timeline?: false;
};

export const commands: Record<string, CommandEntry> = {
	summary: {usage: 'summary', help: 'the story in a few paragraphs plus the dated event list', load: async () => (await import('./summary.js')).summary, maxArgs: 0},
	events: {usage: 'events', help: 'one line per event', load: async () => (await import('./events.js')).events, maxArgs: 0},
	show: {usage: 'show <id>', help: 'one event, its cited passage and its source', load: async () => (await import('./show.js')).show},
	search: {usage: 'search <query>', help: 'matching events and passages, best first', load: async () => (await import('./search.js')).search},
	diff: {usage: 'diff [a] [b]', help: 'compare two statements (default: the 2010 and 2011 statements)', load: async () => (await import('./diff.js')).diff},
	export: {
		usage: 'export',
		help: 'the timeline as TimelineJS JSON, its sheet template (CSV, TSV) or Markdown',
		load: async () => (await import('./export.js')).exportTimeline,
		maxArgs: 0,
		formats: ['timelinejs', 'markdown', 'json', 'csv', 'tsv'],
	},
	check: {
		usage: 'check <file…>',
		help: 'every problem in a timeline file, as file:line:column lines',
		load: async () => (await import('./check.js')).check,
		formats: ['text', 'json'],
		timeline: false,
	},
	source: {usage: 'source <txt>', help: 'a plain-text article as a source object, paragraphs verbatim', load: async () => (await import('./source.js')).source, formats: ['json'], timeline: false},
	cite: {usage: 'cite <words>', help: 'the citation object for words found in the sources', load: async () => (await import('./cite.js')).cite, formats: ['json']},
	init: {usage: 'init <file>', help: 'a minimal valid timeline file to start from', load: async () => (await import('./init.js')).init, formats: ['json'], timeline: false},
};

/** Every command name the CLI accepts. */
export const commandNames = Object.keys(commands);
