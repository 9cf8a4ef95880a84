/**
 * The command line's options and help text, written once: meow's flag table, the help's rows and
 * the spellings an unknown option is checked against all come from the `options` table here.
 */
import {commands} from './commands/index.js';

/**
 * The options: written once, for meow, for the help text and for naming an unknown option.
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
	color: {type: 'boolean', default: true, label: '--no-color', help: 'also honoured: NO_COLOR, FORCE_COLOR, TERM=dumb'},
	help: {type: 'boolean', shortFlag: 'h', label: '--help, --version'},
	version: {type: 'boolean'},
} as const satisfies Record<string, Option>;

/**
 * A help row: `  --data, -d <file>     a timeline file…`, the description in one column. A label too
 * long for its column goes on a line of its own; each line of the text keeps to the column.
 */
function row(label: string, text = '', column = 20): string {
	if (text === '') return `  ${label}`;
	// Rows are joined after a tab, as the help text's lines are indented; a row's own further lines need it too.
	const indent = `\t${' '.repeat(column + 4)}`;
	const [first, ...more] = text.split('\n');
	const head = label.length > column ? `  ${label}\n${indent}${first}` : `  ${label.padEnd(column)}  ${first}`;
	return [head, ...more.map(line => indent + line)].join('\n');
}

const optionRows = Object.entries(options as Record<string, Option>).flatMap(([name, option]) => {
	if (option.label === undefined && option.help === undefined) return [];
	const label = option.label ?? `--${name}${option.shortFlag === undefined ? '' : `, -${option.shortFlag}`}${option.value === undefined ? '' : ` ${option.value}`}`;
	return [row(label, option.help)];
});

export const helpText = `
	Explore the story of Secure Communities in Massachusetts (2008-2011), or any timeline file.

	Usage
	  $ sc-timeline [command] [options]

	Commands
	${[row('(none)', 'the explorer when stdin and stdout are terminals; otherwise `summary`', 14), ...Object.values(commands).map(command => row(command.usage, command.help, 14))].join('\n\t')}

	Options
	${optionRows.join('\n\t')}

	Examples
	  $ sc-timeline
	  $ sc-timeline show letter-wont-sign
	  $ sc-timeline search "'mandatory | voluntary" --format json | jq '.[0]'
	  $ sc-timeline diff --format markdown > compare.md
	  $ sc-timeline --data newsroom-timeline.json events
	  $ sc-timeline check story.json

	Exit codes: 0 success, 1 runtime or data error, 2 usage error, 130 after Ctrl-C.
`;

/** meow's flag table, from the options. */
export const flagSpec = Object.fromEntries(
	Object.entries(options as Record<string, Option>).map(([name, {type, shortFlag, default: initial, isMultiple}]) => [
		name,
		{type, ...(shortFlag === undefined ? {} : {shortFlag}), ...(initial === undefined ? {} : {default: initial}), ...(isMultiple === undefined ? {} : {isMultiple})},
	]),
) as {[Name in keyof typeof options]: Pick<(typeof options)[Name], Extract<keyof (typeof options)[Name], 'type' | 'shortFlag' | 'default' | 'isMultiple'>>};

/**
 * Every spelling of an option, and which of them take a value: meow parses, but it would also
 * accept `--Width` or `--no-data`, and it names an unknown option after normalising it.
 */
export const optionNames = new Set<string>();
export const takesValue = new Set<string>();
for (const [name, option] of Object.entries(options as Record<string, Option>)) {
	const spellings = [`--${name}`, ...(option.shortFlag === undefined ? [] : [`-${option.shortFlag}`]), ...(option.type === 'boolean' && option.default === true ? [`--no-${name}`] : [])];
	for (const spelling of spellings) {
		optionNames.add(spelling);
		if (option.type === 'string') takesValue.add(spelling);
	}
}
