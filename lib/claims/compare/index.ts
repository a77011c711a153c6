export { ComparisonIndex } from "./comparison-index";
export { suggestAll } from "./suggest-all";
export { analyzeReports, parseClaimId, type ReportInput, type ReportSuggestions } from "./analyze-reports";
export { blockKeysFor, type BlockKeys } from "./block-keys";
export { findCopyGroups } from "./find-copy-groups";
export { suggestionChanged } from "./suggestion-changed";
export { foldPlace } from "./normalize";
export { roundingTolerance } from "./interval";
export type * from "./types";
