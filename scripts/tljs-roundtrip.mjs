#!/usr/bin/env node
// Round trip of TimelineJS files through sc-timeline: for each file given, loads it (`events`),
// prints it (`summary`, `show` of every event), exports it (`export`), and compares every field of
// the original with the export, strings compared after HTML normalisation (tags other than links
// dropped, entities decoded, white space collapsed; numbers and numeric strings alike). Then the
// export is loaded and exported again, which must give the same JSON. Prints one line per file.
//
//   npm run build && node scripts/tljs-roundtrip.mjs path/to/*.json
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const cli = path.join(import.meta.dirname, '..', 'dist', 'cli.cjs');

function run(args) {
	const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, maxBuffer: 1 << 28});
	return {code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr};
}

const entities = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©'};

/** Text as a reader sees it: links kept as [label](url), other markup gone, entities decoded. */
function normal(value) {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return value;
	const trimmed = value.trim();
	if (/^-?\d+$/.test(trimmed)) return String(Number(trimmed));
	return (
		value
			// Scripts and styles are not text: a reader never sees them.
			.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
			.replace(/<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi, (_, url, label) => `[${label.replace(/<[^>]*>/g, '').trim()}](${url.trim()})`)
			.replace(/<br\s*\/?>|<\/?(p|div|h[1-6]|li|ul|ol|blockquote|tr|section|article)\b[^>]*>/gi, ' ')
			.replace(/<[^>]*>/g, '')
			.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name) =>
				name[0] === '#' ? String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (entities[name.toLowerCase()] ?? whole),
			)
			.replace(/\s+/g, ' ')
			.trim()
	);
}

const empty = value => value === undefined || value === null || (typeof value === 'string' && normal(value) === '') || (typeof value === 'object' && Object.keys(value).length === 0);

/** Paths in `original` whose value `exported` does not keep. */
function lost(original, exported, where, out) {
	if (empty(original)) return out;
	if (original !== null && typeof original === 'object') {
		if (exported === null || typeof exported !== 'object') return [...out, `${where}: missing`];
		for (const key of Object.keys(original)) lost(original[key], exported[key], Array.isArray(original) ? `${where}[${key}]` : `${where}.${key}`, out);
		return out;
	}
	if (typeof original === 'boolean') return original === exported ? out : [...out, where];
	if (normal(original) !== normal(exported)) out.push(`${where}: ${JSON.stringify(normal(original)).slice(0, 60)} ≠ ${JSON.stringify(normal(exported) ?? null).slice(0, 60)}`);
	return out;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'tljs-'));
for (const file of process.argv.slice(2)) {
	const name = path.relative(process.cwd(), file);
	const loaded = run(['--data', file, 'events', '--format', 'json']);
	if (loaded.code !== 0) {
		console.log(`${name}: does not open (exit ${loaded.code}): ${loaded.stderr.trim().split('\n')[0]}`);
		continue;
	}
	const events = JSON.parse(loaded.stdout);
	const warnings = loaded.stderr.split('\n').filter(line => line.endsWith('event skipped'));
	const skipped = new Set(warnings.map(line => Number(/events\[(\d+)\]/.exec(line)?.[1])));
	const printed = ['summary', 'events'].every(command => run(['--data', file, command]).code === 0) && events.every(event => run(['--data', file, 'show', event.id]).code === 0);
	const original = JSON.parse(readFileSync(file, 'utf8'));
	const exported = run(['--data', file, 'export']);
	const document = JSON.parse(exported.stdout);
	const events0 = original.events ?? [];
	// Events are exported in date order: match them by the ids they were given back.
	const key = event =>
		JSON.stringify([
			normal(event.text?.headline ?? ''),
			normal(event.text?.text ?? ''),
			event.media?.url ?? '',
			...['year', 'month', 'day', 'hour', 'minute'].map(part => normal(event.start_date?.[part] ?? '')),
		]);
	// Failing that (text whose entities export writes as characters, a year typed "1,850"), by headline and year: export writes a unique_id only where it must.
	const looseKey = event => JSON.stringify([normal(event.text?.headline ?? ''), String(event.start_date?.year ?? '').replace(/[^\d-]/g, '')]);
	const unused = document.events.map(event => ({event, key: key(event), loose: looseKey(event)}));
	const problems = [];
	for (const [index, event] of events0.entries()) {
		let found = unused.findIndex(candidate => candidate.key === key(event) || (event.unique_id && candidate.event.unique_id === event.unique_id));
		if (found === -1) found = unused.findIndex(candidate => candidate.loose === looseKey(event));
		const match = found === -1 ? undefined : unused.splice(found, 1)[0].event;
		if (skipped.has(index)) continue;
		if (match === undefined) problems.push(`events[${index}]: not exported`);
		else lost({...event, unique_id: event.unique_id || undefined}, match, `events[${index}]`, problems);
	}
	lost({...original, events: undefined}, document, '', problems);
	const again = path.join(scratch, 'export.json');
	writeFileSync(again, exported.stdout);
	const stable = run(['--data', again, 'export']).stdout === exported.stdout;
	console.log(
		`${name}: opens, ${events.length} events loaded, ${skipped.size} skipped; prints ${printed ? 'ok' : 'FAILED'}; round trip ${problems.length === 0 ? 'nothing lost' : `${problems.length} differences`}; export re-imports ${stable ? 'identically' : 'DIFFERENTLY'}`,
	);
	for (const problem of problems.slice(0, 8)) console.log(`  ${problem}`);
}
rmSync(scratch, {recursive: true, force: true});
