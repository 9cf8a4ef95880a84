/**
 * An error the user can act on: bad data, a missing file, a bad argument. The CLI prints its
 * message as one line and exits with `exitCode`; anything else is a bug.
 */
export class UserError extends Error {
	constructor(
		message: string,
		/** 1 for data and runtime errors, 2 for usage errors. */
		readonly exitCode: 1 | 2 = 1,
	) {
		super(message);
		this.name = 'UserError';
	}
}

/**
 * Whether `error` is a `UserError`. Checked by name, not `instanceof`: the command line is built as
 * several files (scripts/build.mjs), each with its own copy of this class.
 */
export function isUserError(error: unknown): error is UserError {
	return error instanceof Error && error.name === 'UserError' && 'exitCode' in error;
}
