#!/usr/bin/env node
/**
 * Entry point: parses the command line, picks a mode, runs it, and sets the exit code.
 * This is the only file that ends the process. The explorer (Ink and React) is imported lazily,
 * so printed commands never pay for loading it.
 */
import process from 'node:process';
import meow from 'meow';
import {isUserError, UserError} from './core/errors.js';
import {colorEnabled, outputWidth} from './core/terminal.js';
import {quoteInput, sanitize} from './core/sanitize.js';
import type {Command, CommandContext, Format} from './commands/context.js';

declare const PACKAGE_VERSION: string;
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

export const helpText = `
	Explore the story of Secure Communities in Massachusetts (2008-2011), or any timeline file.

	Usage
	  $ sc-timeline [command] [options]

	Commands
	  (none)          the explorer when stdin and stdout are terminals; otherwise \`summary\`
	  summary         the story in a few paragraphs plus the dated event list
	  events          one line per event
	  show <id>       one event, its cited passage and its source
	  search <query>  matching events and passages, best first
	  diff [a] [b]    compare two statements (default: the 2010 and 2011 statements)
	  export          the timeline as TimelineJS JSON or Markdown
	  check <file…>   every problem in a timeline file, as file:line:column lines
	  source <txt>    a plain-text article as a source object, paragraphs verbatim
	  cite <words>    the citation object for words found in the sources
	  init <file>     a minimal valid timeline file to start from

	Options
	  --data, -d <file>     a timeline file (sc-timeline JSON or TimelineJS JSON)
	  --format, -f <fmt>    text (default), markdown or json; for export: timelinejs (default), markdown or json;
	                        for check: text or json
	  --width, -w <n>       wrap printed text at n columns (default: terminal width, else 80)
	  --limit, -n <n>       at most n search results
	  --strict              a TimelineJS event that cannot be read is an error, not a warning
	  --id, --outlet, --headline, --published <text>
	                        the source object's fields, for source (else found in the article)
	  --drop <text>         for source: also remove this page chrome (repeatable)
	  --filter <expr>       only events matching field qualifiers: 'actor:heffernan tag:decision'
	  --since, --until <d>  only events on or after / on or before a date (2011, june 2011, 2011-06-03)
	  --no-color            also honoured: NO_COLOR, FORCE_COLOR, TERM=dumb
	  --help, --version

	Examples
	  $ sc-timeline
	  $ sc-timeline show letter-wont-sign
	  $ sc-timeline search "'mandatory | voluntary" --format json | jq '.[0]'
	  $ sc-timeline diff --format markdown > compare.md
	  $ sc-timeline --data newsroom-timeline.json events
	  $ sc-timeline check story.json

	Exit codes: 0 success, 1 runtime or data error, 2 usage error, 130 after Ctrl-C.
`;

const flagSpec = {
	data: {type: 'string', shortFlag: 'd'},
	format: {type: 'string', shortFlag: 'f'},
	width: {type: 'string', shortFlag: 'w'},
	limit: {type: 'string', shortFlag: 'n'},
	strict: {type: 'boolean'},
	id: {type: 'string'},
	outlet: {type: 'string'},
	headline: {type: 'string'},
	published: {type: 'string'},
	drop: {type: 'string', isMultiple: true},
	filter: {type: 'string'},
	since: {type: 'string'},
	until: {type: 'string'},
	color: {type: 'boolean', default: true},
	help: {type: 'boolean', shortFlag: 'h'},
	version: {type: 'boolean'},
} as const;

/** Formats a command accepts, its default first; commands not listed take `defaultFormats`. */
const formats: Record<string, readonly string[]> = {export: ['timelinejs', 'markdown', 'json'], check: ['text', 'json'], source: ['json'], cite: ['json'], init: ['json']};
const defaultFormats = ['text', 'markdown', 'json'];

/**
 * `import()` as the CommonJS build of this file keeps it: the explorer (dist/ui.js) is an ES module,
 * as Ink needs, and a CommonJS file can load one only through a real `import()`, which esbuild
 * would otherwise turn into `require` (see scripts/build.mjs).
 */
// eslint-disable-next-line no-new-func
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

function usage(message: string): never {
	throw new UserError(`${message} (see sc-timeline --help)`, 2);
}

/** Options as typed, and which of them take a value. meow would also accept `--Width` or `--no-data`. */
const sourceOptions = ['--id', '--outlet', '--headline', '--published', '--drop'];
const optionNames = new Set(['--data', '-d', '--format', '-f', '--width', '-w', '--limit', '-n', '--strict', '--filter', '--since', '--until', '--color', '--no-color', '--help', '-h', '--version', ...sourceOptions]);
const takesValue = new Set(['--data', '-d', '--format', '-f', '--width', '-w', '--limit', '-n', '--filter', '--since', '--until', ...sourceOptions]);
/** Commands that read no timeline, or name their own files: the bundled story is not loaded for them. */
const withoutTimeline = new Set(['check', 'source', 'init']);

/** The first option in `argv` that sc-timeline does not know, exactly as typed. */
function unknownOption(argv: readonly string[]): string | undefined {
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index] ?? '';
		if (token === '--') return undefined;
		if (!token.startsWith('-') || token === '-') continue;
		const name = token.includes('=') ? token.slice(0, token.indexOf('=')) : token;
		if (!optionNames.has(name)) return name;
		if (takesValue.has(name) && !token.includes('=')) index++;
	}
	return undefined;
}

/** How many arguments a command takes at most; `show`, `search` and `diff` check their own. */
const arity: Record<string, number> = {summary: 0, events: 0, export: 0};

function positiveInteger(value: string | undefined, flag: string): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value) || Number(value) < 1) usage(`--${flag} expects a whole number above 0, got "${sanitize(value)}"`);
	return Number(value);
}

async function main(): Promise<number> {
	const cli = meow(helpText, {
		importMeta: import.meta,
		pkg: {name: 'sc-timeline', version},
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		flags: flagSpec,
	});
	const unknown = unknownOption(process.argv.slice(2));
	if (unknown !== undefined) usage(`unknown option ${quoteInput(unknown)}`);
	if (cli.flags.help) {
		process.stdout.write(cli.help.replace(/^\n/, '') + '\n');
		return 0;
	}
	if (cli.flags.version) {
		process.stdout.write(version + '\n');
		return 0;
	}

	// Loaded only past --help and --version, which then print without loading the loader and the commands.
	const [{commands, commandNames}, {loadTimeline}] = await Promise.all([import('./commands/index.js'), import('./core/load.js')]);
	const [name, ...args] = cli.input;
	// Asked only without a command: reading process.stdin sets up the stream, which a printed command does not need.
	const interactive = () => process.stdin.isTTY && process.stdout.isTTY && process.env['TERM'] !== 'dumb';
	if (name !== undefined && !commandNames.includes(name)) usage(`unknown command "${sanitize(name)}"; commands: ${commandNames.join(', ')}`);

	if (args.length > (arity[name ?? 'summary'] ?? Infinity)) usage(`${name ?? 'sc-timeline'} takes no arguments, got "${quoteInput(args.join(' '))}"`);
	if (cli.flags.limit !== undefined && name !== 'search') usage('--limit goes with search');
	const sourceOption = sourceOptions.find(option => cli.flags[option.slice(2) as 'id'] !== undefined && (option !== '--drop' || (cli.flags.drop ?? []).length > 0));
	if (sourceOption !== undefined && name !== 'source') usage(`${sourceOption} goes with source`);
	const allowed = formats[name ?? ''] ?? defaultFormats;
	const format = (cli.flags.format ?? allowed[0]) as Format;
	if (!allowed.includes(format)) usage(`--format expects ${allowed.join(', ')}, got "${sanitize(format)}"`);
	const width = positiveInteger(cli.flags.width, 'width');
	const limit = positiveInteger(cli.flags.limit, 'limit');
	const {filterFromFlags, narrowLoaded} = await import('./core/filter-options.js');
	const filter = filterFromFlags(cli.flags, name ?? 'summary');

	let timeline: ReturnType<typeof loadTimeline> | undefined;
	const load = () => {
		if (timeline !== undefined) return timeline;
		timeline = loadTimeline(cli.flags.data, {strict: cli.flags.strict});
		for (const warning of timeline.warnings ?? []) process.stderr.write(`sc-timeline: ${warning}\n`);
		return timeline;
	};
	const loaded = withoutTimeline.has(name ?? '') ? undefined : load();
	const color = colorEnabled({flag: cli.flags.color, env: process.env, streamHasColors: process.stdout.hasColors?.() ?? false});

	if (name === undefined && interactive()) {
		const {runExplorer} = (await importModule(new URL('ui.js', import.meta.url).href)) as typeof import('./ui.js');
		return runExplorer({loaded: narrowLoaded(load(), filter), color});
	}

	let narrowed: ReturnType<typeof loadTimeline> | undefined;
	const context: CommandContext = {
		// search applies the filter itself, with the qualifiers typed in its query.
		get loaded() {
			return name === 'search' ? (loaded ?? load()) : (narrowed ??= narrowLoaded(loaded ?? load(), filter));
		},
		filter,
		args,
		options: cli.flags,
		format,
		width: outputWidth(width, process.stdout.columns),
		color: format === 'json' ? false : color,
		limit,
		out: text => process.stdout.write(text),
		warn: text => process.stderr.write(`sc-timeline: ${text}\n`),
	};
	const importCommand = commands[name ?? 'summary'];
	if (importCommand === undefined) usage(`unknown command "${sanitize(name ?? '')}"`);
	const command: Command = await importCommand();
	return command(context);
}

// A reader that goes away (`sc-timeline summary | head -1`) is a normal way to stop.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

/**
 * A loader error that names a field by path gets the line and column of that field, from the
 * position-keeping parser `check` uses; loaded only here, on the way out with an error.
 */
async function withPlace(error: unknown): Promise<unknown> {
	if (!isUserError(error) || !('document' in error)) return error;
	try {
		const {withPosition} = await import('./core/check/locate.js');
		const {text, file} = error.document as {text: string; file: string};
		error.message = withPosition(error.message, file, text);
	} catch {
		// The message without a place is still the whole message.
	}
	return error;
}

/** Turns a failure into one line on stderr and an exit code: a user's error as it is, anything else as internal. */
function fail(error: unknown): void {
	if (isUserError(error)) {
		process.stderr.write(`sc-timeline: ${error.message}\n`);
		process.exitCode = error.exitCode;
	} else {
		process.stderr.write(`sc-timeline: internal error: ${sanitize(error instanceof Error ? error.message : String(error))}\n`);
		process.exitCode = 1;
	}
}

// No top-level await: the entry is also bundled as CommonJS, which starts faster (see scripts/build.mjs).
main().then(
	code => {
		process.exitCode = code;
	},
	async (error: unknown) => fail(await withPlace(error)),
);
