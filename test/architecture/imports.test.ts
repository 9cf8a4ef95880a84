/**
 * The import graph of source/: no cycle anywhere (type-only imports count: a cycle that works
 * only because a value is used inside a function breaks on the first module-level use), and
 * core/ stays pure: nothing from the explorer's state, modes, views, hooks, app or ui, nor Ink
 * or React.
 */
import {relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cycles, importGraph} from '../helpers/import-graph.js';

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
