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
	/** The options it takes, by their names in options.ts, for its own help (`--format`, `--no-color` and `--help` go with every command). */
	readonly options: readonly string[];
	/** One or two command lines that run as written, for its own help. */
	readonly examples: readonly string[];
	/** More than the one line `help` says, for its own help. */
	readonly about?: string;
	/** True for a command that can read only part of a file (see `CommandContext.file`): the file is not loaded before it runs. */
	readonly part?: true;
};

/** The options of every command that reads a timeline. */
const reading = ['data', 'strict'];
/** The options of every command that lists events. */
const listing = [...reading, 'filter', 'since', 'width'];

export const commands: Record<string, CommandEntry> = {
	summary: {
		usage: 'summary',
		help: 'the story in a few paragraphs plus the dated event list',
		load: async () => (await import('./summary.js')).summary,
		maxArgs: 0,
		options: listing,
		examples: ['sc-timeline summary --width 72', 'sc-timeline summary --since 2011 --format markdown'],
	},
	events: {
		usage: 'events',
		help: 'one line per event',
		load: async () => (await import('./events.js')).events,
		maxArgs: 0,
		options: listing,
		examples: ["sc-timeline events --filter 'actor:heffernan'", 'sc-timeline events --format json | jq -r ".[].id"'],
		about: 'Each line: the id, the date and the headline. Into a pipe the lines are not cut unless --width is given.',
	},
	show: {
		usage: 'show <id>',
		help: 'one event, its cited passage and its source',
		load: async () => (await import('./show.js')).show,
		part: true,
		options: [...reading, 'width'],
		examples: ['sc-timeline show letter-wont-sign', 'sc-timeline show letter-wont-sign --format json | jq .citations'],
		about: 'The id is the one `events` lists; a near miss is answered with the closest id.',
	},
	search: {
		usage: 'search <query>',
		help: 'matching events and passages, best first',
		load: async () => (await import('./search.js')).search,
		options: [...listing, 'limit'],
		examples: ['sc-timeline search heffernan', `sc-timeline search "'mandatory | voluntary" -n 3 --format json`],
		about: "fzf's syntax: 'exact, ^prefix, suffix$, !not, a | b; field qualifiers actor: tag: stance: group: year: source:.",
	},
	diff: {
		usage: 'diff [a] [b]',
		help: 'compare two statements (default: the 2010 and 2011 statements)',
		load: async () => (await import('./diff.js')).diff,
		options: [...reading, 'width'],
		examples: ['sc-timeline diff letter-2011 statement-2010', 'sc-timeline diff wbur-2010-12-17 wbur-2011-06-06 --format markdown'],
		about: 'Given two source ids instead, the two articles are compared paragraph by paragraph.',
	},
	export: {
		usage: 'export',
		help: 'the timeline as TimelineJS JSON, its sheet template (CSV, TSV) or Markdown',
		load: async () => (await import('./export.js')).exportTimeline,
		maxArgs: 0,
		formats: ['timelinejs', 'markdown', 'json', 'csv', 'tsv'],
		options: [...reading, 'filter', 'since'],
		examples: ['sc-timeline export > timeline.json', 'sc-timeline export --format csv > sheet.csv'],
	},
	check: {
		usage: 'check <file…>',
		help: 'every problem in a timeline file, as file:line:column lines',
		load: async () => (await import('./check.js')).check,
		formats: ['text', 'json'],
		timeline: false,
		options: ['strict'],
		examples: ['sc-timeline check story.json', 'sc-timeline check story.json --format json | jq length'],
	},
	source: {
		usage: 'source <txt>',
		help: 'a plain-text article as a source object, paragraphs verbatim',
		load: async () => (await import('./source.js')).source,
		formats: ['json'],
		timeline: false,
		options: ['id', 'drop'],
		examples: ['sc-timeline source article.txt > source.json', "sc-timeline source article.txt --id wbur-2011 --drop 'Listen Live'"],
	},
	cite: {
		usage: 'cite <words>',
		help: 'the citation object for words found in the sources',
		load: async () => (await import('./cite.js')).cite,
		// A file being written may not load yet: cite reads its sources as written then.
		part: true,
		formats: ['json'],
		options: reading,
		examples: [`sc-timeline cite "won't sign"`, 'sc-timeline --data story.json cite "dubious of the commonwealth"'],
	},
	init: {
		usage: 'init <file>',
		help: 'a minimal valid timeline file to start from',
		load: async () => (await import('./init.js')).init,
		formats: ['json'],
		timeline: false,
		options: [],
		examples: ['sc-timeline init story.json'],
	},
};

/** Every command name the CLI accepts. */
export const commandNames = Object.keys(commands);
