export { run, localeFromEnv, EXIT, VERSION, type Output, type RunOptions } from './run.js';
export { JSON_SCHEMA_VERSION, type CodeEntry, type CodeMapping, type ExplainJson, type ListJson } from './entries.js';
