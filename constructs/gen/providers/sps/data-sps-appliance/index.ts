// @ts-nocheck -- generated code; see scripts/generate-bindings.ts
// docs/data-sources/appliance.md (in the sps-iac package)
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../cdk';

// Configuration

export interface DataSpsApplianceConfig extends cdktf.TerraformMetaArguments {
}

/**
* Represents a sps_appliance (docs/data-sources/appliance.md in the sps-iac package)
*/
export class DataSpsAppliance extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sps_appliance";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataSpsAppliance resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataSpsAppliance to import
  * @param importFromId The id of the existing DataSpsAppliance that should be imported. Refer to the import section (docs/data-sources/appliance.md in the sps-iac package) in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataSpsAppliance to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sps_appliance", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new sps_appliance (docs/data-sources/appliance.md in the sps-iac package) Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataSpsApplianceConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataSpsApplianceConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'sps_appliance',
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

  // firmware_version - computed: true, optional: false, required: false
  public get firmwareVersion() {
    return this.getStringAttribute('firmware_version');
  }

  // node_id - computed: true, optional: false, required: false
  public get nodeId() {
    return this.getStringAttribute('node_id');
  }

  // url - computed: true, optional: false, required: false
  public get url() {
    return this.getStringAttribute('url');
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
