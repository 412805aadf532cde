/**
 * `cdktf synth` here gives three stacks: sps-dev, sps-staging, sps-prod. Promote a change with
 * `cdktf deploy sps-dev`, then `sps-staging`, then `sps-prod` (each with its own TF_VAR_sps_password).
 */
import { App } from '../../constructs';
import { EnvironmentStack } from './baseline';
import { ENVIRONMENTS } from './environments';

const app = new App();
for (const env of ENVIRONMENTS) new EnvironmentStack(app, env);
app.synth();
