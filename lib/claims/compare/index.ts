export { ComparisonIndex } from "./comparison-index";
export { suggestAll } from "./suggest-all";
export { analyzeReports, parseClaimId, type ReportInput, type ReportSuggestions } from "./analyze-reports";
export { findCopyGroups } from "./find-copy-groups";
export { foldPlace } from "./normalize";
export { roundingTolerance } from "./interval";
export type * from "./types";
