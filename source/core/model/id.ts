/** What an id is in the file format: lower-case letters of any script, digits and dashes (see schema.ts). Imports nothing, for the import and export to use. */
export const asciiId = /^[a-z0-9][a-z0-9-]*$/;
const unicodeId = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}-]*$/u;
/** The id pattern, for the published JSON Schema. */
export const idPattern = unicodeId.source;
/** Whether `value` is an id as the format writes them; the ASCII test first, as it is most ids and several times cheaper. */
export const isId = (value: string) => asciiId.test(value) || unicodeId.test(value);
