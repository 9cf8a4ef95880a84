/** The import graph of a source tree, and its cycles: for the architecture test. */
import {readdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';

/** Every .ts and .tsx file under `dir`. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`. */
const specifiers = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What a file imports: files in source/ by their path from it, packages by name. */
export function importsOf(file: string, text: string, files: ReadonlySet<string>): {local: string[]; packages: string[]} {
	const local: string[] = [];
	const packages: string[] = [];
	for (const match of text.matchAll(specifiers)) {
		const specifier = match[1] ?? match[2] ?? match[3] ?? '';
		if (!specifier.startsWith('.')) {
			packages.push(specifier);
			continue;
		}
		const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
		const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(candidate => files.has(candidate));
		if (target !== undefined) local.push(target);
	}
	return {local, packages};
}

/** The import graph of the files under `dir`. */
export function importGraph(dir: string): Map<string, {local: string[]; packages: string[]}> {
	const files = new Set(sourceFiles(dir));
	return new Map([...files].map(file => [file, importsOf(file, readFileSync(file, 'utf8'), files)]));
}

/** Every cycle's files (strongly connected components of more than one file, or a file importing itself), by Tarjan's algorithm. */
export function cycles(graph: ReadonlyMap<string, {local: string[]}>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node)?.local ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		let member: string | undefined;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || graph.get(node)?.local.includes(node)) found.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

/** The files directly in `dir` (not in its folders). */
export function looseFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true})
		.filter(entry => entry.isFile())
		.map(entry => entry.name)
		.sort();
}

/**
 * Every folder under `dir` (and `dir` itself, named by its own name) that does not open with a
 * design note, by its path from `dir` (`load/large/`): a README.md headed with that path and
 * saying something under the heading, or an index.ts whose first line opens a comment.
 */
export function foldersWithoutNote(dir: string): string[] {
	const missing: string[] = [];
	const visit = (folder: string, path: string) => {
		const entries = readdirSync(folder, {withFileTypes: true});
		const has = (name: string) => entries.some(entry => entry.isFile() && entry.name === name);
		const readme = has('README.md') ? readFileSync(join(folder, 'README.md'), 'utf8').split('\n') : [];
		const noted = readme[0] === `# ${path}` && readme.slice(1).some(line => line.trim() !== '');
		const indexNoted = has('index.ts') && /^\s*\/[*/]/.test(readFileSync(join(folder, 'index.ts'), 'utf8'));
		if (!noted && !indexNoted) missing.push(path);
		for (const entry of entries) if (entry.isDirectory()) visit(join(folder, entry.name), `${folder === dir ? '' : path}${entry.name}/`);
	};
	visit(dir, `${basename(dir)}/`);
	return missing;
}
