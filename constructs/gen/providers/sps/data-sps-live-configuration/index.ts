// @ts-nocheck -- generated code; see scripts/generate-bindings.ts
// docs/data-sources/live_configuration.md (in the sps-iac package)
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../cdk';

// Configuration

export interface DataSpsLiveConfigurationConfig extends cdktf.TerraformMetaArguments {
}

/**
* Represents a sps_live_configuration (docs/data-sources/live_configuration.md in the sps-iac package)
*/
export class DataSpsLiveConfiguration extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sps_live_configuration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataSpsLiveConfiguration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataSpsLiveConfiguration to import
  * @param importFromId The id of the existing DataSpsLiveConfiguration that should be imported. Refer to the import section (docs/data-sources/live_configuration.md in the sps-iac package) in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataSpsLiveConfiguration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sps_live_configuration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new sps_live_configuration (docs/data-sources/live_configuration.md in the sps-iac package) Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataSpsLiveConfigurationConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataSpsLiveConfigurationConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'sps_live_configuration',
      terraformGeneratorMetadata: {
        providerName: 'sps',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // document - computed: true, optional: false, required: false
  public get document() {
    return this.getStringAttribute('document');
  }

  // secret_variables - computed: true, optional: false, required: false
  public get secretVariables() {
    return this.getListAttribute('secret_variables');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
    };
    return attrs;
  }
}
