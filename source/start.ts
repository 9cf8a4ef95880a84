#!/usr/bin/env node
/**
 * The installed command (dist/cli.cjs): turns on the code cache for the command line's files, then
 * runs the command line (dist/main.cjs, from cli.tsx). It stays this small because it is the one
 * file compiled without the cache on every start.
 */
import type Module from 'node:module';
import {installCompileCache} from './compile-cache.js';

/** The content hash of each built CommonJS file, by path under dist/, written in by scripts/build.mjs. */
declare const COMPILE_CACHE_HASHES: Readonly<Record<string, string>>;

installCompileCache(module.constructor as typeof Module, __dirname, COMPILE_CACHE_HASHES);
(require('./main.cjs') as typeof import('./cli.js')).run();
