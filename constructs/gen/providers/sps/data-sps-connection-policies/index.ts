// @ts-nocheck -- generated code; see scripts/generate-bindings.ts
// docs/data-sources/connection_policies.md (in the sps-iac package)
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../cdk';

// Configuration

export interface DataSpsConnectionPoliciesConfig extends cdktf.TerraformMetaArguments {
  /**
  * The protocol: "ssh", "rdp", "vnc", "telnet", "ica", "http", "mssql" (whether HTTP and MSSQL have connection policies on the REST API is not documented).
  *
  * Docs: DataSpsConnectionPolicies#protocol (docs/data-sources/connection_policies.md#protocol in the sps-iac package)
  */
  readonly protocol: string;
  /**
  * JSON pointers ("*" for every list item) of fields whose values are replaced by "(sensitive)" in each body before it reaches Terraform (e.g. a credential store password).
  *
  * Docs: DataSpsConnectionPolicies#sensitive_paths (docs/data-sources/connection_policies.md#sensitive_paths in the sps-iac package)
  */
  readonly sensitivePaths?: string[];
}
export interface DataSpsConnectionPoliciesPolicies {
}

export function dataSpsConnectionPoliciesPoliciesToTerraform(struct?: DataSpsConnectionPoliciesPolicies): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataSpsConnectionPoliciesPoliciesToHclTerraform(struct?: DataSpsConnectionPoliciesPolicies): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataSpsConnectionPoliciesPoliciesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): DataSpsConnectionPoliciesPolicies | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataSpsConnectionPoliciesPolicies | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // active - computed: true, optional: false, required: false
  public get active() {
    return this.getBooleanAttribute('active');
  }

  // body - computed: true, optional: false, required: false
  public get body() {
    return this.getStringAttribute('body');
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }
}

export class DataSpsConnectionPoliciesPoliciesMap extends cdktf.ComplexMap {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string) {
    super(terraformResource, terraformAttribute)
  }

  /**
  * @param key the key of the item to return
  */
  public get(key: string): DataSpsConnectionPoliciesPoliciesOutputReference {
    return new DataSpsConnectionPoliciesPoliciesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
* Represents a sps_connection_policies (docs/data-sources/connection_policies.md in the sps-iac package)
*/
export class DataSpsConnectionPolicies extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sps_connection_policies";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataSpsConnectionPolicies resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataSpsConnectionPolicies to import
  * @param importFromId The id of the existing DataSpsConnectionPolicies that should be imported. Refer to the import section (docs/data-sources/connection_policies.md in the sps-iac package) in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataSpsConnectionPolicies to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sps_connection_policies", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new sps_connection_policies (docs/data-sources/connection_policies.md in the sps-iac package) Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataSpsConnectionPoliciesConfig
  */
  public constructor(scope: Construct, id: string, config: DataSpsConnectionPoliciesConfig) {
    super(scope, id, {
      terraformResourceType: 'sps_connection_policies',
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
    this._protocol = config.protocol;
    this._sensitivePaths = config.sensitivePaths;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // names - computed: true, optional: false, required: false
  public get names() {
    return this.getListAttribute('names');
  }

  // policies - computed: true, optional: false, required: false
  private _policies = new DataSpsConnectionPoliciesPoliciesMap(this, "policies");
  public get policies() {
    return this._policies;
  }

  // protocol - computed: false, optional: false, required: true
  private _protocol?: string; 
  public get protocol() {
    return this.getStringAttribute('protocol');
  }
  public set protocol(value: string) {
    this._protocol = value;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol;
  }

  // sensitive_paths - computed: false, optional: true, required: false
  private _sensitivePaths?: string[]; 
  public get sensitivePaths() {
    return this.getListAttribute('sensitive_paths');
  }
  public set sensitivePaths(value: string[]) {
    this._sensitivePaths = value;
  }
  public resetSensitivePaths() {
    this._sensitivePaths = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sensitivePathsInput() {
    return this._sensitivePaths;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      protocol: cdktf.stringToTerraform(this._protocol),
      sensitive_paths: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sensitivePaths),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      protocol: {
        value: cdktf.stringToHclTerraform(this._protocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sensitive_paths: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sensitivePaths),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
