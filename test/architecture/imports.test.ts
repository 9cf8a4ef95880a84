/**
 * The import graph of source/: no cycle anywhere (type-only imports count: a cycle that works
 * only because a value is used inside a function breaks on the first module-level use), and
 * core/ stays pure: nothing from the explorer's state, modes, views, hooks, app or ui, nor Ink
 * or React. And core/'s layout: grouped by concern into folders, each opening with its design note.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cycles, foldersWithoutNote, importGraph, looseFiles} from '../helpers/import-graph.js';

const root = resolve(import.meta.dirname, '../../source');

const graph = importGraph(root);
const name = (file: string) => relative(root, file);

describe('the import graph of source/', () => {
	it('has no cycle', () => {
		expect(cycles(graph).map(cycle => cycle.map(name).join(' → '))).toEqual([]);
	});

	it('keeps core/ free of the explorer, Ink and React', () => {
		const explorer = /^(state|modes|views|hooks)\/|^(app|ui)\.tsx?$/;
		const problems = [...graph]
			.filter(([file]) => name(file).startsWith('core/'))
			.flatMap(([file, {local, packages}]) => [
				...local.filter(target => explorer.test(name(target))).map(target => `${name(file)} imports ${name(target)}`),
				...packages.filter(pkg => /^(ink|react)(\/|$)|^ink-/.test(pkg)).map(pkg => `${name(file)} imports ${pkg}`),
			]);
		expect(problems).toEqual([]);
	});

	it('finds a planted cycle and a core import of the explorer (the check itself can fail)', () => {
		const planted = new Map([
			['/a.ts', {local: ['/b.ts'], packages: []}],
			['/b.ts', {local: ['/c.ts'], packages: []}],
			['/c.ts', {local: ['/a.ts'], packages: []}],
			['/d.ts', {local: ['/a.ts'], packages: []}],
		]);
		expect(cycles(planted)).toEqual([['/a.ts', '/b.ts', '/c.ts']]);
		expect(graph.size).toBeGreaterThan(50);
	});
});

/** At most this many files directly in core/: the rest is grouped by concern, in folders a reader finds by name. */
const maxLooseCoreFiles = 12;

describe('the layout of source/core/', () => {
	const core = join(root, 'core');

	it(`holds no more than ${maxLooseCoreFiles} files directly, the rest in folders`, () => {
		expect(looseFiles(core).length).toBeLessThanOrEqual(maxLooseCoreFiles);
	});

	it('opens every folder with its design note (a README.md, or the leading comment of index.ts)', () => {
		expect(foldersWithoutNote(core)).toEqual([]);
	});

	it('finds a folder without a note, one whose note names another folder, and accepts an index.ts comment (the check itself can fail)', () => {
		const planted = join(mkdtempSync(join(tmpdir(), 'sc-layout-')), 'core');
		for (const folder of ['bare', 'copied', 'indexed', 'noted/inner']) mkdirSync(join(planted, folder), {recursive: true});
		writeFileSync(join(planted, 'README.md'), '# core/\n\nWhat core holds.\n');
		writeFileSync(join(planted, 'copied', 'README.md'), '# noted/\n\nSays it is another folder.\n');
		writeFileSync(join(planted, 'indexed', 'index.ts'), '/** What this folder holds and which path runs when. */\nexport {};\n');
		writeFileSync(join(planted, 'noted', 'README.md'), '# noted/\n\nWhat it holds.\n');
		writeFileSync(join(planted, 'noted', 'inner', 'README.md'), '# noted/inner/\n');
		expect(foldersWithoutNote(planted).sort()).toEqual(['bare/', 'copied/', 'noted/inner/']);
		expect(looseFiles(planted)).toEqual(['README.md']);
	});
});
