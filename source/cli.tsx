/**
 * Entry point: parses the command line, picks a mode, runs it, and sets the exit code.
 * This is the only file that ends the process. The explorer (Ink and React) is imported lazily,
 * so printed commands never pay for loading it.
 */
import process from 'node:process';
import {statSync} from 'node:fs';
import {isUserError, UserError} from './core/model/errors.js';
import {colorEnabled, colorEnvironment, outputWidth} from './core/text/terminal.js';
import {echoArgument, quoteInput, sanitize, shownFile} from './core/text/sanitize.js';
import type {Command, CommandContext, Format} from './commands/context.js';
import type {LoadedTimeline} from './core/load/load-timeline.js';
import {builtStory, bundledPath} from './core/load/bundled-story.js';
import {isAddress, sheetDelimiterOf} from './core/load/sheet/sheet-kind.js';
import {readAhead} from './core/load/large/read-ahead.js';
import {commands} from './commands/index.js';
import {didYouMean, type Option, options, parseCommandLine} from './options.js';
import {commandHelp, globalHelp} from './help.js';
import {endOnClosedTerminal, stdoutMayBeTerminal, writeOut} from './output.js';

declare const PACKAGE_VERSION: string;
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

const defaultFormats: readonly Format[] = ['text', 'markdown', 'json'];

/**
 * Files at least this large take long enough to load (about 300 ms and more) to show progress:
 * the explorer loads them after it opens, with progress in its frame; printed commands say on
 * stderr, when it is a terminal, that they are loading.
 */
const largeBytes = 8 * 1024 * 1024;

/** Whether `file` is a regular file of at least `largeBytes` (the bundled story is not). */
function isLarge(file: string | undefined): boolean {
	if (file === undefined) return false;
	try {
		const stat = statSync(file);
		return stat.isFile() && stat.size >= largeBytes;
	} catch {
		// The loader says what is wrong with it.
		return false;
	}
}

function usage(message: string): never {
	throw new UserError(`${message} (see sc-timeline --help)`, 2);
}

/** `unknown command "summery"; did you mean summary?`, or the list of commands when none is close. */
function unknownCommand(name: string): string {
	const near = didYouMean(name, Object.keys(commands));
	return `unknown command "${echoArgument(name)}"${near === '' ? `; commands: ${Object.keys(commands).join(', ')}` : near}`;
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value) || Number(value) < 1) usage(`--${flag} expects a whole number above 0, got "${echoArgument(value)}"`);
	return Number(value);
}

/** The download time limit in seconds from `SC_TIMELINE_DOWNLOAD_TIMEOUT`, when set to a number above 0. */
function downloadTimeoutMs(): number | undefined {
	const seconds = Number(process.env['SC_TIMELINE_DOWNLOAD_TIMEOUT'] ?? Number.NaN);
	return seconds > 0 ? seconds * 1000 : undefined;
}

/**
 * A sheet or an address, opened by source/core/load/open-data.ts (loaded only then); while an
 * address downloads, a terminal on stderr shows how far it has got.
 */
async function openGiven(data: string, strict: boolean): Promise<LoadedTimeline> {
	const {openData} = await import('./core/load/open-data.js');
	const terminal = process.stderr.isTTY === true && isAddress(data);
	let shownAt = 0;
	const progress = (received: number, total: number | undefined) => {
		const now = performance.now();
		if (now - shownAt < 100) return;
		shownAt = now;
		const size = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
		process.stderr.write(`\rsc-timeline: downloading ${total === undefined ? size(received) : `${Math.floor((received / total) * 100)}% of ${size(total)}`}\u001B[K`);
	};
	const timeoutMs = downloadTimeoutMs();
	try {
		return await openData(data, {strict}, {...(terminal && {progress}), ...(timeoutMs !== undefined && {timeoutMs})});
	} finally {
		if (terminal && shownAt > 0) process.stderr.write('\r\u001B[K');
	}
}

async function main(): Promise<number> {
	const cli = await parseCommandLine(process.argv.slice(2), version);
	if ('error' in cli) usage(cli.error);
	if (cli.flags.help) {
		const [asked] = cli.input;
		const entry = asked === undefined ? undefined : commands[asked];
		if (asked !== undefined && entry === undefined) usage(unknownCommand(asked));
		writeOut(`${entry === undefined ? globalHelp() : commandHelp(asked!, entry)}\n\n`);
		return 0;
	}
	if (cli.flags.version) {
		writeOut(`${version}\n`);
		return 0;
	}

	const [name, ...args] = cli.input;
	// Asked only without a command: reading process.stdin sets up the stream, which a printed command does not need.
	const interactive = () => process.stdin.isTTY && process.stdout.isTTY && process.env['TERM'] !== 'dumb';
	const entry = commands[name ?? 'summary'];
	if (entry === undefined) usage(unknownCommand(name ?? ''));

	if (args.length > (entry.maxArgs ?? Infinity)) usage(`${name ?? 'sc-timeline'} takes no arguments, got "${quoteInput(args.join(' '))}"`);
	if (cli.flags.limit !== undefined && name !== 'search') usage('--limit goes with search');
	const allowed = entry.formats ?? defaultFormats;
	const format = allowed.find(known => known === (cli.flags.format ?? allowed[0]));
	if (format === undefined) usage(`--format expects ${allowed.join(', ')}, got "${echoArgument(cli.flags.format ?? '')}"`);
	for (const [option, {command}] of Object.entries(options as Record<string, Option>)) {
		const value = (cli.flags as Record<string, unknown>)[option];
		const given = Array.isArray(value) ? value.length > 0 : value !== undefined;
		if (command !== undefined && given && name !== command) usage(`--${option} goes with ${command}`);
	}
	const width = positiveInteger(cli.flags.width, 'width');
	const limit = positiveInteger(cli.flags.limit, 'limit');
	const {filterFromFlags, narrowLoaded} = await import('./core/filter/filter-options.js');
	const filter = filterFromFlags(cli.flags, name ?? 'summary');

	// The bundled story comes ready-made from the build (core/load/bundled-story.ts); any other file goes through the loader,
	// loaded only then (and past --help and --version, which print without it).
	// A sheet or an address is opened here; its warnings are printed once, as the loader's are. A large
	// sheet in the explorer is the exception: the explorer opens on its first lines and reads the rest (use-load.ts).
	const data = cli.flags.data;
	if (cli.flags.watch && data !== undefined && isAddress(data)) usage('--watch reads a file again when it changes, not an address: download it, then --watch the file');
	// The explorer loads a large file itself, showing progress (source/core/load/large/progressive.ts).
	const explorer = name === undefined && interactive();
	const opensHere = data !== undefined && entry.timeline !== false && (isAddress(data) || (sheetDelimiterOf(data) !== undefined && !(explorer && isLarge(data))));
	const opened = opensHere ? await openGiven(data, cli.flags.strict) : undefined;
	for (const warning of opened?.warnings ?? []) process.stderr.write(`sc-timeline: ${warning}\n`);
	let timeline: LoadedTimeline | undefined = opened ?? (data === undefined && entry.timeline !== false ? builtStory() : undefined);
	const {loadTimeline} = timeline === undefined ? await import('./core/load/load-timeline.js') : {loadTimeline: undefined};
	const load = (): LoadedTimeline => {
		if (timeline !== undefined) return timeline;
		// Only where a person is watching: a pipe or a log gets nothing it did not ask for.
		const announce = isLarge(cli.flags.data) && process.stderr.isTTY === true;
		if (announce) process.stderr.write(`sc-timeline: loading ${shownFile(cli.flags.data ?? '')}…`);
		try {
			timeline = loadTimeline!(cli.flags.data, {strict: cli.flags.strict});
		} finally {
			if (announce) process.stderr.write('\r\u001B[K');
		}
		for (const warning of timeline.warnings ?? []) process.stderr.write(`sc-timeline: ${warning}\n`);
		return timeline;
	};
	// A command that reads only part of a file (show) is handed the file, and loads it whole only if it must.
	const part = entry.part === true && cli.flags.data !== undefined && !cli.flags.strict && filter === undefined && !explorer ? cli.flags.data : undefined;
	if (entry.timeline !== false && !(explorer && isLarge(cli.flags.data)) && part === undefined) load();
	// Asked of a terminal only: other outputs have no colours to report, and asking would set up the stream.
	const color = colorEnabled({flag: cli.flags.color, env: process.env, streamHasColors: stdoutMayBeTerminal() && (process.stdout.hasColors?.(colorEnvironment(process.env)) ?? false)});

	if (cli.flags.watch && !explorer) usage('--watch goes with the explorer (no command, in a terminal)');
	if (explorer) {
		const narrow = (loaded: LoadedTimeline) => narrowLoaded(loaded, filter);
		// Without a filter the explorer shows every event, which lets search read a large file alongside the loader.
		const file = {file: cli.flags.data ?? bundledPath(), shown: shownFile(cli.flags.data ?? 'bundled data'), options: {strict: cli.flags.strict}, ...(filter !== undefined && {narrow})};
		const watch = cli.flags.watch ? file : undefined;
		// A large file is loaded once the explorer has opened, with progress on screen; a small one before, as for any command.
		// Its reading starts now, while the explorer's code loads: a JSON file's bytes (without a filter, only its events, the
		// search worker reading the whole file itself: see use-load.ts), or a sheet's thread.
		const delimiter = sheetDelimiterOf(file.file);
		const early = timeline === undefined && delimiter === undefined ? readAhead(file.file, filter === undefined ? 'events' : undefined) : undefined;
		const sheet =
			timeline === undefined && delimiter !== undefined ? (await import('./core/load/sheet/sheet-thread.js')).startSheetThread({file: file.file, delimiter, options: file.options}) : undefined;
		const {runExplorer} = await import('./ui.js');
		const code = await runExplorer({loaded: timeline === undefined ? {...file, early, ...(sheet && {sheet})} : narrow(timeline), color, keep: cli.flags.history, mouse: cli.flags.mouse, watch});
		// The terminal is restored and the last line written (a terminal's writes are synchronous): end
		// here, so nothing the explorer started (a watcher, a worker, a timer) can keep the process alive.
		process.exit(code);
	}

	let narrowed: LoadedTimeline | undefined;
	const context: CommandContext = {
		// search applies the filter itself, with the qualifiers typed in its query.
		get loaded() {
			if (name === 'search') return load();
			narrowed ??= narrowLoaded(load(), filter);
			return narrowed;
		},
		file: part,
		filter,
		args,
		options: cli.flags,
		format,
		width: outputWidth(width, stdoutMayBeTerminal() ? process.stdout.columns : undefined),
		unbounded: width === undefined && !stdoutMayBeTerminal(),
		color: format === 'json' ? false : color,
		limit,
		out: writeOut,
		warn: text => process.stderr.write(`sc-timeline: ${text}\n`),
	};
	const command: Command = await entry.load();
	return command(context);
}

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

/** Runs the command line on `process.argv`, setting the exit code; the entry (source/start.ts) calls it. */
export function run(): void {
	endOnClosedTerminal();
	main().then(
		code => {
			process.exitCode = code;
		},
		async (error: unknown) => fail(await withPlace(error)),
	);
}
