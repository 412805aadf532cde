/**
 * The cdktf app of document-deploy.test.ts (its cdktf.json runs this file): document-stack.ts rendered
 * into the resource SPS_TEST_RESOURCE names (`document`, else `configuration`). With
 * SPS_TEST_MOVED_FROM (a resource type), the resource says it moved from that type's resource of the
 * same logical id, as a stack switching resources writes it.
 */
import { App } from '../../constructs';
import { DocumentTestStack } from './document-stack';

const app = new App();
const stack = new DocumentTestStack(
  app,
  'sps-document-test',
  process.env.SPS_TEST_RESOURCE === 'document' ? 'document' : 'configuration',
);
const movedFrom = process.env.SPS_TEST_MOVED_FROM;
if (movedFrom) stack.sps.resource.moveFromId(`${movedFrom}.${stack.getLogicalId(stack.sps.resource)}`);
app.synth();
