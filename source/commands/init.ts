/**
 * `sc-timeline init FILE`: writes a minimal valid timeline to start from, with `$schema` so an
 * editor that reads it explains each field. It never overwrites: an existing file is an error.
 */
import {linkSync, unlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Command} from './context.js';
import {UserError} from '../core/model/errors.js';
import {quoteInput, sanitize, shownFile} from '../core/text/sanitize.js';
import {bundledPath} from '../core/load/load-timeline.js';
import {errnoText} from '../core/load/read-file.js';
import {jsonText} from '../core/format/output-text.js';

/** The schema that ships with the program, as a path from the new file's folder (forward slashes, as JSON Schema URIs use). */
function schemaReference(file: string): string {
	const schema = path.join(path.dirname(bundledPath()), 'schema.json');
	const relative = path
		.relative(path.dirname(path.resolve(file)), schema)
		.split(path.sep)
		.join('/');
	return relative.startsWith('.') ? relative : `./${relative}`;
}

export const init: Command = ({args, out}) => {
	const [file, extra] = args;
	// `-` (standard output for other tools) and an empty name are no file to start a timeline in.
	if (file === undefined || file === '' || file === '-') throw new UserError('init needs a file name, e.g. sc-timeline init story.json (see sc-timeline --help)', 2);
	if (extra !== undefined) throw new UserError(`init takes one file, got also "${quoteInput(extra)}" (see sc-timeline --help)`, 2);
	const title = path.basename(file, path.extname(file)).replace(/[-_]+/g, ' ');
	const timeline = {$schema: schemaReference(file), format: 'sc-timeline/1', title: title === '' ? 'Untitled timeline' : title, sources: [], events: []};
	// Written whole to a temporary file, then linked into place: link() refuses an existing name, so a file appearing meanwhile is not overwritten either.
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, jsonText(timeline), {flag: 'wx'});
		linkSync(temporary, file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') throw new UserError(`${shownFile(file)}: already exists; init never overwrites a file`);
		throw new UserError(`${shownFile(file)}: cannot write: ${errnoText(error, 'a file', 'no such folder')}`);
	} finally {
		try {
			unlinkSync(temporary);
		} catch {}
	}
	// The name as a shell takes it, so the command can be pasted whatever the name holds.
	const quoted = /^[\w./-]+$/.test(file) ? file : `'${file.replaceAll("'", "'\\''")}'`;
	out(`wrote ${sanitize(file)}: add sources (sc-timeline source) and events, then run sc-timeline check ${sanitize(quoted)}\n`);
	return 0;
};
