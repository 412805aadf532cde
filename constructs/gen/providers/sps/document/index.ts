// @ts-nocheck -- generated code; see scripts/generate-bindings.ts
// docs/resources/document.md (in the sps-iac package)
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../cdk';

// Configuration

export interface DocumentConfig extends cdktf.TerraformMetaArguments {
  /**
  * The desired-state document, YAML or JSON, exactly as `sps plan|apply` read it. Secrets in it must be ${env:NAME} placeholders (Terraform keeps this text in its state): give their values in `secrets`.
  *
  * Docs: Document#document (docs/resources/document.md#document in the sps-iac package)
  */
  readonly document: string;
  /**
  * Values of the document's ${env:NAME} placeholders, by NAME. Write-only (Terraform ≥ 1.11): never stored in the plan or the state; give them from ephemeral variables. A NAME not given here is read from the provider's environment, as the sps CLI does.
  *
  * Docs: Document#secrets (docs/resources/document.md#secrets in the sps-iac package)
  */
  readonly secrets?: { [key: string]: string };
}

/**
* Represents a sps_document (docs/resources/document.md in the sps-iac package)
*/
export class Document extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sps_document";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Document resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Document to import
  * @param importFromId The id of the existing Document that should be imported. Refer to the import section (docs/resources/document.md in the sps-iac package) in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Document to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sps_document", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new sps_document (docs/resources/document.md in the sps-iac package) Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DocumentConfig
  */
  public constructor(scope: Construct, id: string, config: DocumentConfig) {
    super(scope, id, {
      terraformResourceType: 'sps_document',
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
    this._document = config.document;
    this._secrets = config.secrets;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // configuration - computed: true, optional: false, required: false
  public get configuration() {
    return this.getStringAttribute('configuration');
  }

  // document - computed: false, optional: false, required: true
  private _document?: string; 
  public get document() {
    return this.getStringAttribute('document');
  }
  public set document(value: string) {
    this._document = value;
  }
  // Temporarily expose input value. Use with caution.
  public get documentInput() {
    return this._document;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // keys - computed: true, optional: false, required: false
  private _keys = new cdktf.AnyMap(this, "keys");
  public get keys() {
    return this._keys;
  }

  // secret_versions - computed: true, optional: false, required: false
  private _secretVersions = new cdktf.StringMap(this, "secret_versions");
  public get secretVersions() {
    return this._secretVersions;
  }

  // secrets - computed: false, optional: true, required: false
  private _secrets?: { [key: string]: string }; 
  public get secrets() {
    return this.getStringMapAttribute('secrets');
  }
  public set secrets(value: { [key: string]: string }) {
    this._secrets = value;
  }
  public resetSecrets() {
    this._secrets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsInput() {
    return this._secrets;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      document: cdktf.stringToTerraform(this._document),
      secrets: cdktf.hashMapper(cdktf.stringToTerraform)(this._secrets),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      document: {
        value: cdktf.stringToHclTerraform(this._document),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secrets: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._secrets),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
