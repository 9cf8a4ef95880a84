/**
 * The command line's options, written once: the parser's table, the help's rows (help.ts) and the
 * spellings an unknown option is checked against all come from the `options` table here.
 * meow parses; before it, each option as typed is checked against the table (with Node's own
 * `util.parseArgs` tokens), so a mistake meow would let through is a one-line usage error.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {closestName} from './core/format/suggest.js';
import {quoteInput} from './core/text/sanitize.js';

/**
 * The options: written once, for the parser, for the help text and for naming an unknown option.
 * Adding an option = one entry here (then reading it in `main`).
 */
export type Option = {
	type: 'string' | 'boolean';
	shortFlag?: string;
	default?: boolean;
	isMultiple?: boolean;
	/** The value's placeholder in the help: `<file>`. */
	value?: string;
	/** The help row's label, where it is not `--name, -x <value>` (several options on one row). */
	label?: string;
	/** The help row's text; an option with neither label nor help shares the row of one before it. */
	help?: string;
	/** The one command the option goes with. */
	command?: string;
};

export const options = {
	data: {type: 'string', shortFlag: 'd', value: '<file>', help: 'a timeline file (sc-timeline JSON or TimelineJS JSON)'},
	format: {type: 'string', shortFlag: 'f', value: '<fmt>', help: 'text (default), markdown or json; for export: timelinejs (default), markdown or json;\nfor check: text or json'},
	width: {type: 'string', shortFlag: 'w', value: '<n>', help: 'wrap printed text at n columns (default: terminal width, else 80)'},
	limit: {type: 'string', shortFlag: 'n', value: '<n>', help: 'at most n search results'},
	watch: {type: 'boolean', help: 'the explorer reads the file again when it changes'},
	strict: {type: 'boolean', help: 'a TimelineJS event that cannot be read is an error, not a warning'},
	id: {type: 'string', label: '--id, --outlet, --headline, --published <text>', help: "the source object's fields, for source (else found in the article)", command: 'source'},
	outlet: {type: 'string', command: 'source'},
	headline: {type: 'string', command: 'source'},
	published: {type: 'string', command: 'source'},
	drop: {type: 'string', isMultiple: true, value: '<text>', help: 'for source: also remove this page chrome (repeatable)', command: 'source'},
	filter: {type: 'string', value: '<expr>', help: "only events matching field qualifiers: 'actor:heffernan tag:decision'"},
	since: {type: 'string', label: '--since, --until <d>', help: 'only events on or after / on or before a date (2011, june 2011, 2011-06-03)'},
	until: {type: 'string'},
	history: {type: 'boolean', default: true, label: '--no-history', help: 'the explorer keeps no search history or marks between runs'},
	mouse: {type: 'boolean', default: true, label: '--no-mouse', help: 'the explorer leaves the wheel and clicks to the terminal'},
	color: {type: 'boolean', default: true, label: '--no-color', help: 'also honoured: NO_COLOR, FORCE_COLOR, TERM=dumb'},
	help: {type: 'boolean', shortFlag: 'h', label: '--help, --version'},
	version: {type: 'boolean'},
} as const satisfies Record<string, Option>;

/** The parsed options: a string option's value, or undefined; a repeatable one's values; a boolean. */
export type Flags = {
	[Name in keyof typeof options]: (typeof options)[Name] extends {type: 'boolean'} ? boolean : (typeof options)[Name] extends {isMultiple: true} ? string[] : string | undefined;
};

/** The command line: options, then the command and its arguments (`input`), or the first mistake in it. */
export type CommandLine = {flags: Flags; input: string[]} | {error: string};

/** Every spelling of an option (`--width`, `-w`, `--no-color`) and the option it sets, to the value it gives a boolean. */
const spellings = new Map<string, {name: string; option: Option; negated: boolean}>();
for (const [name, option] of Object.entries(options as Record<string, Option>)) {
	spellings.set(`--${name}`, {name, option, negated: false});
	if (option.shortFlag !== undefined) spellings.set(`-${option.shortFlag}`, {name, option, negated: false});
	if (option.type === 'boolean' && option.default === true) spellings.set(`--no-${name}`, {name, option, negated: true});
}

/** The table as `util.parseArgs` takes it; `--no-…` spellings are options of their own there. */
const parseArgsOptions = Object.fromEntries(
	[...spellings].flatMap(([spelling, {option, negated}]) => {
		if (!spelling.startsWith('--')) return [];
		const short = negated || option.shortFlag === undefined ? {} : {short: option.shortFlag};
		return [[spelling.slice(2), {type: option.type, multiple: option.isMultiple === true, ...short}]];
	}),
) as NonNullable<ParseArgsConfig['options']>;

/** The table as meow takes it. */
const meowFlags = Object.fromEntries(
	Object.entries(options as Record<string, Option>).map(([name, {type, shortFlag, default: initial, isMultiple}]) => [
		name,
		{type, ...(shortFlag === undefined ? {} : {shortFlag}), ...(initial === undefined ? {} : {default: initial}), ...(isMultiple === undefined ? {} : {isMultiple})},
	]),
) as {[Name in keyof typeof options]: Pick<(typeof options)[Name], Extract<keyof (typeof options)[Name], 'type' | 'shortFlag' | 'default' | 'isMultiple'>>};

/**
 * `argv` (the arguments after the program) checked against the table and written out in full
 * (`--name=value`), or its first mistake: an option is known only as spelled in the table (not
 * `--Width`, not `--no-data`), a string option needs a value and is given once (`--drop` as often
 * as wanted), a boolean takes none (or `=true`, `=false`). Written out, every option reads the
 * same to meow as here (`-dfile` is `--data=file`, not five switches).
 */
function checked(argv: readonly string[]): {args: string[]} | {error: string} {
	const {tokens} = parseArgs({args: [...argv], options: parseArgsOptions, strict: false, allowPositionals: true, tokens: true});
	const seen = new Set<string>();
	const args: string[] = [];
	const positionals: string[] = [];
	for (const token of tokens) {
		if (token.kind === 'positional') positionals.push(token.value);
		if (token.kind !== 'option') continue;
		const known = spellings.get(token.rawName);
		if (known === undefined) return {error: `unknown option ${quoteInput(token.rawName)}${didYouMean(token.rawName, [...spellings.keys()])}`};
		const {name, option, negated} = known;
		if (option.type === 'boolean') {
			const given = token.inlineValue ? token.value : undefined;
			if (given !== undefined && (negated || (given !== 'true' && given !== 'false'))) return {error: `${token.rawName} takes no value, got "${quoteInput(given)}"`};
			args.push(negated || given === 'false' ? `--no-${name}` : `--${name}`);
		} else if (typeof token.value !== 'string') {
			return {error: `${token.rawName} needs a value`};
		} else {
			if (!option.isMultiple && seen.has(name)) return {error: `--${name} is given twice`};
			seen.add(name);
			args.push(`--${name}=${token.value}`);
		}
	}
	return {args: [...args, '--', ...positionals]};
}

/** `; did you mean --width?` for a name within two edits of a known one, else nothing. */
export function didYouMean(typed: string, names: readonly string[]): string {
	const near = typed.length > 2 ? closestName(typed, names) : undefined;
	return near === undefined ? '' : `; did you mean ${near}?`;
}

/** Every option at its default: what a command line without options gives. */
function defaults(): Flags {
	const values: Record<string, unknown> = {};
	for (const [name, option] of Object.entries(options as Record<string, Option>)) {
		values[name] = option.type === 'boolean' ? (option.default ?? false) : option.isMultiple ? [] : undefined;
	}
	return values as Flags;
}

/**
 * Parses `argv` (the arguments after the program) with meow, once it is checked and written out in
 * full. Without options (`sc-timeline summary`), or with --help or --version, there is nothing to
 * parse: meow is loaded only for a command line that has some, which spares the commonest starts
 * the cost of loading it.
 */
export async function parseCommandLine(argv: readonly string[], version: string): Promise<CommandLine> {
	const written = checked(argv);
	if ('error' in written) return written;
	const separator = written.args.indexOf('--');
	if (separator === 0) return {flags: defaults(), input: written.args.slice(1)};
	// --help and --version print and end: of the rest, only the command is read (`show --help`).
	for (const name of ['help', 'version'] as const) {
		if (written.args.includes(`--${name}`)) return {flags: {...defaults(), [name]: true}, input: written.args.slice(separator + 1, separator + 2)};
	}
	const {default: meow} = await import('meow');
	const cli = meow({
		importMeta: import.meta,
		argv: written.args,
		pkg: {name: 'sc-timeline', version},
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		flags: meowFlags,
	});
	return {flags: cli.flags as unknown as Flags, input: cli.input.map(String)};
}
