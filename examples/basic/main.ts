/** `cdktf synth` / `cdktf deploy` entry point (cdktf.json: `npx tsx examples/basic/main.ts`). */
import { App } from '../../constructs';
import { BasicStack } from './stack';

const app = new App();
new BasicStack(app, 'sps-basic');
app.synth();
