/**
 * The only module of the hand-written constructs that imports `cdktf`. CDKTF was archived upstream;
 * its successor CDK Terrain (`cdktn`) has the same API, so switching is a change to this line
 * (plus regenerating `constructs/gen` with the matching generator).
 */
export { Annotations, App, Lazy, TerraformStack, TerraformVariable, Token, hashMapper } from 'cdktf';
export type { IResolvable } from 'cdktf';
/** Re-exported for apps and tests, so they switch together with the constructs. */
export { Testing } from 'cdktf';
