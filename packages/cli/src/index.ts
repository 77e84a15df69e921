export { run, localeFromEnv, localeOf, EXIT, VERSION, type Output, type RunOptions } from './run.js';
export {
  JSON_SCHEMA_VERSION,
  type CodeEntry,
  type CodeMapping,
  type ErrorId,
  type ErrorJson,
  type ExplainJson,
  type HelpJson,
  type ListJson,
  type OutputJson,
  type UsageErrorJson,
  type VersionJson,
} from './entries.js';
