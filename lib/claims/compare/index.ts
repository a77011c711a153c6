export { ComparisonIndex } from "./comparison-index";
export { suggestAll } from "./suggest-all";
export { foldPlace } from "./normalize";
export { roundingTolerance } from "./interval";
export type * from "./types";
