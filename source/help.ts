/**
 * The command line's help, written from the tables it describes: the global help lists every
 * command (commands/index.ts) and option (options.ts); `sc-timeline COMMAND --help` gives that
 * command's usage, the options it takes and its examples. Every line fits 80 columns: a
 * description that would not is wrapped under its own column, as `git help` and `gh` do.
 */
import {commands, type CommandEntry} from './commands/index.js';
import {type Option, options} from './options.js';

/** Printed help fits a terminal of this width. */
const helpWidth = 80;

const exitCodes = 'Exit codes: 0 success, 1 runtime or data error, 2 usage error, 130 after Ctrl-C.';

/** `text` broken at spaces into lines of at most `width` characters (help text is ASCII, bar an ellipsis). */
function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(' ')) {
			if (line !== '' && line.length + 1 + word.length > width) {
				lines.push(line);
				line = word;
			} else line = line === '' ? word : `${line} ${word}`;
		}
		lines.push(line);
	}
	return lines;
}

/**
 * A help row: `  label   description`, the description in a column `column` wide from the
 * left margin and wrapped within the help's width; a label too long for its column goes on a
 * line of its own.
 */
function row(label: string, text: string, column: number): string[] {
	const indent = ' '.repeat(4 + column + 2);
	if (text === '') return [`    ${label}`];
	const [first = '', ...more] = wrapWords(text, helpWidth - indent.length);
	const head = label.length > column ? [`    ${label}`, indent + first] : [`    ${label.padEnd(column)}  ${first}`];
	return [...head, ...more.map(line => indent + line)];
}

/** An option's label as the help shows it: `--data, -d <file>`, or the label it gives itself. */
function optionLabel(name: string, option: Option): string {
	return option.label ?? `--${name}${option.shortFlag === undefined ? '' : `, -${option.shortFlag}`}${option.value === undefined ? '' : ` ${option.value}`}`;
}

/** The options with a row of their own (an option sharing the row before it has neither label nor help). */
function optionRows(names: readonly string[], entry?: CommandEntry): string[] {
	return names.flatMap(name => {
		const option = (options as Record<string, Option>)[name];
		if (option === undefined || (option.label === undefined && option.help === undefined)) return [];
		// A command's own help says which formats it writes, rather than every command's list.
		const help = entry !== undefined && name === 'format' ? formatsHelp(entry) : (option.help ?? '');
		return row(optionLabel(name, option), help, 20);
	});
}

/** `text (default), markdown or json`: the formats a command writes, the first its default. */
function formatsHelp(entry: CommandEntry): string {
	const [first = 'text', ...rest] = entry.formats ?? ['text', 'markdown', 'json'];
	if (rest.length === 0) return `${first} (the only one)`;
	return `${first} (default), ${rest.slice(0, -1).join(', ')}${rest.length > 1 ? ' or ' : ''}${rest.at(-1)}`.replace(' (default), or ', ' (default) or ');
}

/** A paragraph of the help, wrapped within its width under a two-column margin. */
function paragraph(text: string): string[] {
	return wrapWords(text, helpWidth - 2).map(line => `  ${line}`);
}

/** The help's lines for `sc-timeline --help`. */
export function globalHelp(): string {
	const commandRows = [row('(none)', 'the explorer when stdin and stdout are terminals; otherwise `summary`', 14), ...Object.values(commands).map(entry => row(entry.usage, entry.help, 14))];
	return [
		...paragraph('Explore the story of Secure Communities in Massachusetts (2008-2011), or any timeline file.'),
		'',
		'  Usage',
		'    $ sc-timeline [command] [options]',
		'    $ sc-timeline COMMAND --help      that command: its options and examples',
		'',
		'  Commands',
		...commandRows.flat(),
		'',
		'  Options',
		...optionRows(Object.keys(options)),
		'',
		'  Examples',
		'    $ sc-timeline',
		'    $ sc-timeline show letter-wont-sign',
		`    $ sc-timeline search "'mandatory | voluntary" --format json | jq '.[0]'`,
		'    $ sc-timeline diff --format markdown > compare.md',
		'    $ sc-timeline --data newsroom-timeline.json events',
		'    $ sc-timeline check story.json',
		'',
		...paragraph(exitCodes),
	].join('\n');
}

/** The help's lines for `sc-timeline NAME --help`. */
export function commandHelp(name: string, entry: CommandEntry): string {
	return [
		'  Usage',
		`    $ sc-timeline ${entry.usage} [options]`,
		'',
		...paragraph(`${entry.help[0]?.toUpperCase() ?? ''}${entry.help.slice(1)}.`),
		...(entry.about === undefined ? [] : ['', ...paragraph(entry.about)]),
		'',
		'  Options',
		...optionRows([...entry.options, ...((entry.formats?.length ?? 3) > 1 ? ['format'] : []), 'color'], entry),
		...row('--help', 'this help', 20),
		'',
		'  Examples',
		...entry.examples.map(example => `    $ ${example}`),
		'',
		...paragraph(`Every command and option: sc-timeline --help. ${exitCodes}${name === 'cite' ? ' cite also exits 1 when the words are in no source.' : ''}`),
	].join('\n');
}
