/** The one config path: discovery, parsing, checking and merging, shared by every adapter. */
export { configCandidates, findConfig, findConfigSync, parentFolder, readCandidate, type AsyncConfigFileReader, type ConfigFileReader, type FoundConfig } from './discover.js';
export { mergeConfigs } from './merge.js';
export { CONFIG_FILE_NAMES, JAVASCRIPT_CONFIG_NAMES, MAX_CONFIG_CHARACTERS, parseConfigFile, YAML_LIMITS, type ConfigFileResult } from './parse.js';
export { CONFIG_LIMITS, toPlainData } from './plain-data.js';
export { describeValue, type ConfigOrigin, type ConfigProblem } from './problems.js';
export { resolveConfig, type ResolvedConfig } from './resolve.js';
