// @ts-nocheck -- generated code; see scripts/generate-bindings.ts
// docs/data-sources/sessions.md (in the sps-iac package)
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../cdk';

// Configuration

export interface DataSpsSessionsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Words in the indexed screen content (indexed sessions only).
  *
  * Docs: DataSpsSessions#content (docs/data-sources/sessions.md#content in the sps-iac package)
  */
  readonly content?: string;
  /**
  * Sessions that ended before this ISO 8601 date.
  *
  * Docs: DataSpsSessions#end (docs/data-sources/sessions.md#end in the sps-iac package)
  */
  readonly end?: string;
  /**
  * Fields of each session to return (the guide's names, e.g. "start_time", "name", "client.address"); none: keys only.
  *
  * Docs: DataSpsSessions#fields (docs/data-sources/sessions.md#fields in the sps-iac package)
  */
  readonly fields?: string[];
  /**
  * How many matching sessions to return in `sessions` (default 100, at most 10,000); `match_count` counts all.
  *
  * Docs: DataSpsSessions#max_sessions (docs/data-sources/sessions.md#max_sessions in the sps-iac package)
  */
  readonly maxSessions?: number;
  /**
  * The filter, in the appliance's query language, e.g. "protocol:ssh AND active:true" (all sessions when null).
  *
  * Docs: DataSpsSessions#query (docs/data-sources/sessions.md#query in the sps-iac package)
  */
  readonly query?: string;
  /**
  * Fields to sort by, "-" before a name for descending (default: oldest first).
  *
  * Docs: DataSpsSessions#sort (docs/data-sources/sessions.md#sort in the sps-iac package)
  */
  readonly sort?: string[];
  /**
  * Sessions that started after this ISO 8601 date, e.g. "2024-05-01T10:00".
  *
  * Docs: DataSpsSessions#start (docs/data-sources/sessions.md#start in the sps-iac package)
  */
  readonly start?: string;
}
export interface DataSpsSessionsSessions {
}

export function dataSpsSessionsSessionsToTerraform(struct?: DataSpsSessionsSessions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataSpsSessionsSessionsToHclTerraform(struct?: DataSpsSessionsSessions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataSpsSessionsSessionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataSpsSessionsSessions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataSpsSessionsSessions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // fields - computed: true, optional: false, required: false
  private _fields = new cdktf.StringMap(this, "fields");
  public get fields() {
    return this._fields;
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }
}

export class DataSpsSessionsSessionsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataSpsSessionsSessionsOutputReference {
    return new DataSpsSessionsSessionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a sps_sessions (docs/data-sources/sessions.md in the sps-iac package)
*/
export class DataSpsSessions extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sps_sessions";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataSpsSessions resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataSpsSessions to import
  * @param importFromId The id of the existing DataSpsSessions that should be imported. Refer to the import section (docs/data-sources/sessions.md in the sps-iac package) in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataSpsSessions to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sps_sessions", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new sps_sessions (docs/data-sources/sessions.md in the sps-iac package) Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataSpsSessionsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataSpsSessionsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'sps_sessions',
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
    this._content = config.content;
    this._end = config.end;
    this._fields = config.fields;
    this._maxSessions = config.maxSessions;
    this._query = config.query;
    this._sort = config.sort;
    this._start = config.start;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // content - computed: false, optional: true, required: false
  private _content?: string; 
  public get content() {
    return this.getStringAttribute('content');
  }
  public set content(value: string) {
    this._content = value;
  }
  public resetContent() {
    this._content = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contentInput() {
    return this._content;
  }

  // end - computed: false, optional: true, required: false
  private _end?: string; 
  public get end() {
    return this.getStringAttribute('end');
  }
  public set end(value: string) {
    this._end = value;
  }
  public resetEnd() {
    this._end = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endInput() {
    return this._end;
  }

  // fields - computed: false, optional: true, required: false
  private _fields?: string[]; 
  public get fields() {
    return this.getListAttribute('fields');
  }
  public set fields(value: string[]) {
    this._fields = value;
  }
  public resetFields() {
    this._fields = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldsInput() {
    return this._fields;
  }

  // match_count - computed: true, optional: false, required: false
  public get matchCount() {
    return this.getNumberAttribute('match_count');
  }

  // max_sessions - computed: false, optional: true, required: false
  private _maxSessions?: number; 
  public get maxSessions() {
    return this.getNumberAttribute('max_sessions');
  }
  public set maxSessions(value: number) {
    this._maxSessions = value;
  }
  public resetMaxSessions() {
    this._maxSessions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxSessionsInput() {
    return this._maxSessions;
  }

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }

  // sessions - computed: true, optional: false, required: false
  private _sessions = new DataSpsSessionsSessionsList(this, "sessions", false);
  public get sessions() {
    return this._sessions;
  }

  // sort - computed: false, optional: true, required: false
  private _sort?: string[]; 
  public get sort() {
    return this.getListAttribute('sort');
  }
  public set sort(value: string[]) {
    this._sort = value;
  }
  public resetSort() {
    this._sort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sortInput() {
    return this._sort;
  }

  // start - computed: false, optional: true, required: false
  private _start?: string; 
  public get start() {
    return this.getStringAttribute('start');
  }
  public set start(value: string) {
    this._start = value;
  }
  public resetStart() {
    this._start = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startInput() {
    return this._start;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      content: cdktf.stringToTerraform(this._content),
      end: cdktf.stringToTerraform(this._end),
      fields: cdktf.listMapper(cdktf.stringToTerraform, false)(this._fields),
      max_sessions: cdktf.numberToTerraform(this._maxSessions),
      query: cdktf.stringToTerraform(this._query),
      sort: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sort),
      start: cdktf.stringToTerraform(this._start),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      content: {
        value: cdktf.stringToHclTerraform(this._content),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      end: {
        value: cdktf.stringToHclTerraform(this._end),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fields: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._fields),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      max_sessions: {
        value: cdktf.numberToHclTerraform(this._maxSessions),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      query: {
        value: cdktf.stringToHclTerraform(this._query),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sort: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sort),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      start: {
        value: cdktf.stringToHclTerraform(this._start),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
