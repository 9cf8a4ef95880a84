/**
 * `sc-timeline check FILE…`: every problem in each file, one line each, as a compiler prints them
 * (`file:line:column: error|warning: message (rule)`), or with --format json one object per
 * problem for editors and CI. A count goes to stderr. Exit 1 when any file has an error, else 0.
 */
import type {Command} from './context.js';
import {UserError} from '../core/model/errors.js';
import {checkFile} from '../core/check/check-file.js';
import {problemLine, type Problem} from '../core/check/problem.js';
import {jsonText, linesText} from '../core/format/output-text.js';
import {plural} from '../core/text/plural.js';

export const check: Command = async ({args, format, out, warn}) => {
	if (args.length === 0) throw new UserError('check needs at least one timeline file, e.g. sc-timeline check story.json (see sc-timeline --help)', 2);
	const problems: Problem[] = [];
	for (const file of args) problems.push(...(await checkFile(file)));
	if (format === 'json') out(jsonText(problems));
	else out(linesText(problems.map(problem => problemLine(problem))));
	const errors = problems.filter(problem => problem.severity === 'error').length;
	const warnings = problems.length - errors;
	const files = plural(args.length, 'file');
	warn(problems.length === 0 ? `no problems in ${files}` : `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${files}`);
	return errors > 0 ? 1 : 0;
};
