/**
 * The CDK classes the hand-written constructs use, from the same library the generated bindings run
 * on (`gen/cdk`: cdktf 0.21 or CDK Terrain, cdktn 0.24 — see there how one is chosen). Constructs
 * depend only on generated code; nothing here names a library.
 */
export {
  Annotations,
  App,
  Fn,
  Lazy,
  TerraformStack,
  TerraformVariable,
  Token,
  Tokenization,
  hashMapper,
} from '../gen/cdk';
export type { IResolvable } from '../gen/cdk';
/** Re-exported for apps and tests, so they run on the same library as the constructs. */
export { Testing } from '../gen/cdk';
