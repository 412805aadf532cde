// @ts-nocheck -- generated code; see scripts/generate-bindings.ts
// docs/resources/configuration.md (in the sps-iac package)
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../cdk';

// Configuration

export interface ConfigurationConfig extends cdktf.TerraformMetaArguments {
  /**
  * Allow a plan to delete archive/cleanup policies (including delete + re-create on rename). Archived data of a deleted policy becomes unreachable. Default: false.
  *
  * Docs: Configuration#allow_archive_recreate (docs/resources/configuration.md#allow_archive_recreate in the sps-iac package)
  */
  readonly allowArchiveRecreate?: boolean | cdktf.IResolvable;
  /**
  * Archive/cleanup policies move closed audit trails older than the retention time to an SMB or NFS server, or delete them (type "none"). Deleting or re-creating a policy that has archived data makes that data unreachable. Keyed by archive/cleanup policy name.
  *
  * Docs: Configuration#archive_cleanup_policies (docs/resources/configuration.md#archive_cleanup_policies in the sps-iac package)
  */
  readonly archiveCleanupPolicies?: { [key: string]: ConfigurationArchiveCleanupPolicies } | cdktf.IResolvable;
  /**
  * Audit policies hold the settings for encrypting, timestamping and signing audit trails. The built-in default audit policy is pre-selected for new connection policies. Keyed by audit policy name.
  *
  * Docs: Configuration#audit_policies (docs/resources/configuration.md#audit_policies in the sps-iac package)
  */
  readonly auditPolicies?: { [key: string]: ConfigurationAuditPolicies } | cdktf.IResolvable;
  /**
  * Backup policies define the backup server (rsync over SSH, SMB/CIFS or NFS) and schedule used for system and data backups of SPS. Keyed by backup policy name.
  *
  * Docs: Configuration#backup_policies (docs/resources/configuration.md#backup_policies in the sps-iac package)
  */
  readonly backupPolicies?: { [key: string]: ConfigurationBackupPolicies } | cdktf.IResolvable;
  /**
  * Content policies monitor session traffic in real time (commands, screen content, credit card numbers, window titles) and log, notify, store or terminate when a pattern matches. Keyed by content policy name.
  *
  * Docs: Configuration#content_policies (docs/resources/configuration.md#content_policies in the sps-iac package)
  */
  readonly contentPolicies?: { [key: string]: ConfigurationContentPolicies } | cdktf.IResolvable;
  /**
  * Objects of configuration endpoints the model has no kind for, keyed by endpoint relative to /api/configuration (e.g. "ssh/connections"). Fields written are managed, every other field is kept. References: {"$ref": "<endpoint>/<name>"}.
  *
  * Docs: Configuration#pass_through (docs/resources/configuration.md#pass_through in the sps-iac package)
  */
  readonly passThrough?: { [key: string]: ConfigurationPassThrough } | cdktf.IResolvable;
  /**
  * Global RDP options.
  *
  * Docs: Configuration#rdp_options (docs/resources/configuration.md#rdp_options in the sps-iac package)
  */
  readonly rdpOptions?: ConfigurationRdpOptions;
  /**
  * Values of the ${env:NAME} placeholders the configuration holds at secret paths (pass-through bodies), by NAME. Write-only (Terraform ≥ 1.11): never stored in the plan or the state. A NAME not given here is read from the provider's environment, as the sps CLI does.
  *
  * Docs: Configuration#secrets (docs/resources/configuration.md#secrets in the sps-iac package)
  */
  readonly secrets?: { [key: string]: string };
  /**
  * The Splunk forwarder settings.
  *
  * Docs: Configuration#splunk_forwarder (docs/resources/configuration.md#splunk_forwarder in the sps-iac package)
  */
  readonly splunkForwarder?: ConfigurationSplunkForwarder;
  /**
  * Global SSH options.
  *
  * Docs: Configuration#ssh_options (docs/resources/configuration.md#ssh_options in the sps-iac package)
  */
  readonly sshOptions?: ConfigurationSshOptions;
  /**
  * The system backup assignment.
  *
  * Docs: Configuration#system_backup (docs/resources/configuration.md#system_backup in the sps-iac package)
  */
  readonly systemBackup?: ConfigurationSystemBackup;
  /**
  * Time policies set when users may access a channel: per weekday, a list of [from, to] intervals. Channel policies select one (by default there is no time restriction: 7x24). Keyed by time policy name.
  *
  * Docs: Configuration#time_policies (docs/resources/configuration.md#time_policies in the sps-iac package)
  */
  readonly timePolicies?: { [key: string]: ConfigurationTimePolicies } | cdktf.IResolvable;
  /**
  * The universal SIEM forwarder settings.
  *
  * Docs: Configuration#universal_siem_forwarder (docs/resources/configuration.md#universal_siem_forwarder in the sps-iac package)
  */
  readonly universalSiemForwarder?: ConfigurationUniversalSiemForwarder;
  /**
  * Global VNC options.
  *
  * Docs: Configuration#vnc_options (docs/resources/configuration.md#vnc_options in the sps-iac package)
  */
  readonly vncOptions?: ConfigurationVncOptions;
}
export interface ConfigurationArchiveCleanupPoliciesNotificationEvent {
  /**
  * The maximum number of files listed in the notification e-mail (meaningful only when type is "all" and send_filelist is true). Default: 10240.
  *
  * Docs: Configuration#file_count_limit (docs/resources/configuration.md in the sps-iac package)
  */
  readonly fileCountLimit?: number;
  /**
  * Include the list of files in the notification e-mail (meaningful only when type is "all"). Default: false.
  *
  * Docs: Configuration#send_filelist (docs/resources/configuration.md in the sps-iac package)
  */
  readonly sendFilelist?: boolean | cdktf.IResolvable;
  /**
  * all: notify on all archive-related events; errors-only: only on errors; none: no notification e-mails. One of: "all", "errors-only", "none". Default: "none".
  *
  * Docs: Configuration#type (docs/resources/configuration.md in the sps-iac package)
  */
  readonly type?: string;
}

export function configurationArchiveCleanupPoliciesNotificationEventToTerraform(struct?: ConfigurationArchiveCleanupPoliciesNotificationEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    file_count_limit: cdktf.numberToTerraform(struct!.fileCountLimit),
    send_filelist: cdktf.booleanToTerraform(struct!.sendFilelist),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function configurationArchiveCleanupPoliciesNotificationEventToHclTerraform(struct?: ConfigurationArchiveCleanupPoliciesNotificationEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    file_count_limit: {
      value: cdktf.numberToHclTerraform(struct!.fileCountLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    send_filelist: {
      value: cdktf.booleanToHclTerraform(struct!.sendFilelist),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationArchiveCleanupPoliciesNotificationEventOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationArchiveCleanupPoliciesNotificationEvent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fileCountLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.fileCountLimit = this._fileCountLimit;
    }
    if (this._sendFilelist !== undefined) {
      hasAnyValues = true;
      internalValueResult.sendFilelist = this._sendFilelist;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationArchiveCleanupPoliciesNotificationEvent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fileCountLimit = undefined;
      this._sendFilelist = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fileCountLimit = value.fileCountLimit;
      this._sendFilelist = value.sendFilelist;
      this._type = value.type;
    }
  }

  // file_count_limit - computed: true, optional: true, required: false
  private _fileCountLimit?: number; 
  public get fileCountLimit() {
    return this.getNumberAttribute('file_count_limit');
  }
  public set fileCountLimit(value: number) {
    this._fileCountLimit = value;
  }
  public resetFileCountLimit() {
    this._fileCountLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fileCountLimitInput() {
    return this._fileCountLimit;
  }

  // send_filelist - computed: true, optional: true, required: false
  private _sendFilelist?: boolean | cdktf.IResolvable; 
  public get sendFilelist() {
    return this.getBooleanAttribute('send_filelist');
  }
  public set sendFilelist(value: boolean | cdktf.IResolvable) {
    this._sendFilelist = value;
  }
  public resetSendFilelist() {
    this._sendFilelist = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sendFilelistInput() {
    return this._sendFilelist;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface ConfigurationArchiveCleanupPoliciesTargetAuthentication {
  /**
  * The password corresponding to the username (only when selection is "password"). Sensitive. Write-only (Terraform ≥ 1.11): never stored in the plan or the state; a change of it shows as a new number in secret_versions. Give it from an ephemeral (or sensitive) variable.
  *
  * Docs: Configuration#password (docs/resources/configuration.md in the sps-iac package)
  */
  readonly password?: string;
  /**
  * password: log on with a username and password; anonymous: log on anonymously. One of: "password", "anonymous".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The username used to log on to the remote server (only when selection is "password").
  *
  * Docs: Configuration#username (docs/resources/configuration.md in the sps-iac package)
  */
  readonly username?: string;
}

export function configurationArchiveCleanupPoliciesTargetAuthenticationToTerraform(struct?: ConfigurationArchiveCleanupPoliciesTargetAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    password: cdktf.stringToTerraform(struct!.password),
    selection: cdktf.stringToTerraform(struct!.selection),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function configurationArchiveCleanupPoliciesTargetAuthenticationToHclTerraform(struct?: ConfigurationArchiveCleanupPoliciesTargetAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationArchiveCleanupPoliciesTargetAuthenticationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationArchiveCleanupPoliciesTargetAuthentication | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationArchiveCleanupPoliciesTargetAuthentication | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._selection = undefined;
      this._username = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._selection = value.selection;
      this._username = value.username;
    }
  }

  // password - computed: true, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // username - computed: true, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}
export interface ConfigurationArchiveCleanupPoliciesTargetServer {
  /**
  * ip: an IP address; fqdn: a host name. One of: "ip", "fqdn".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The IP address or the host name, as `selection` says.
  *
  * Docs: Configuration#value (docs/resources/configuration.md in the sps-iac package)
  */
  readonly value: string;
}

export function configurationArchiveCleanupPoliciesTargetServerToTerraform(struct?: ConfigurationArchiveCleanupPoliciesTargetServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function configurationArchiveCleanupPoliciesTargetServerToHclTerraform(struct?: ConfigurationArchiveCleanupPoliciesTargetServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationArchiveCleanupPoliciesTargetServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationArchiveCleanupPoliciesTargetServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationArchiveCleanupPoliciesTargetServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._selection = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._selection = value.selection;
      this._value = value.value;
    }
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // value - computed: true, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface ConfigurationArchiveCleanupPoliciesTarget {
  /**
  * How SPS logs on to the SMB/CIFS share.
  *
  * Docs: Configuration#authentication (docs/resources/configuration.md in the sps-iac package)
  */
  readonly authentication?: ConfigurationArchiveCleanupPoliciesTargetAuthentication;
  /**
  * The domain name of the target server (SMB only).
  *
  * Docs: Configuration#domain (docs/resources/configuration.md in the sps-iac package)
  */
  readonly domain?: string;
  /**
  * The path to the archive directory on the target server.
  *
  * Docs: Configuration#path (docs/resources/configuration.md in the sps-iac package)
  */
  readonly path?: string;
  /**
  * The SMB protocol version SPS uses to connect to the server (SMB only). Servers are usually backwards compatible.
  *
  * Docs: Configuration#protocol_version (docs/resources/configuration.md in the sps-iac package)
  */
  readonly protocolVersion?: string;
  /**
  * The address of the remote server.
  *
  * Docs: Configuration#server (docs/resources/configuration.md in the sps-iac package)
  */
  readonly server?: ConfigurationArchiveCleanupPoliciesTargetServer;
  /**
  * The share name and directory path, as share_name/path/to/directory (SMB only).
  *
  * Docs: Configuration#share (docs/resources/configuration.md in the sps-iac package)
  */
  readonly share?: string;
  /**
  * smb: SMB/CIFS; nfs: NFS; none: cleanup only, data is deleted forever. One of: "smb", "nfs", "none".
  *
  * Docs: Configuration#type (docs/resources/configuration.md in the sps-iac package)
  */
  readonly type: string;
}

export function configurationArchiveCleanupPoliciesTargetToTerraform(struct?: ConfigurationArchiveCleanupPoliciesTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    authentication: configurationArchiveCleanupPoliciesTargetAuthenticationToTerraform(struct!.authentication),
    domain: cdktf.stringToTerraform(struct!.domain),
    path: cdktf.stringToTerraform(struct!.path),
    protocol_version: cdktf.stringToTerraform(struct!.protocolVersion),
    server: configurationArchiveCleanupPoliciesTargetServerToTerraform(struct!.server),
    share: cdktf.stringToTerraform(struct!.share),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function configurationArchiveCleanupPoliciesTargetToHclTerraform(struct?: ConfigurationArchiveCleanupPoliciesTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    authentication: {
      value: configurationArchiveCleanupPoliciesTargetAuthenticationToHclTerraform(struct!.authentication),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationArchiveCleanupPoliciesTargetAuthentication",
    },
    domain: {
      value: cdktf.stringToHclTerraform(struct!.domain),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    protocol_version: {
      value: cdktf.stringToHclTerraform(struct!.protocolVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server: {
      value: configurationArchiveCleanupPoliciesTargetServerToHclTerraform(struct!.server),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationArchiveCleanupPoliciesTargetServer",
    },
    share: {
      value: cdktf.stringToHclTerraform(struct!.share),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationArchiveCleanupPoliciesTargetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationArchiveCleanupPoliciesTarget | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._authentication?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.authentication = this._authentication?.internalValue;
    }
    if (this._domain !== undefined) {
      hasAnyValues = true;
      internalValueResult.domain = this._domain;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._protocolVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocolVersion = this._protocolVersion;
    }
    if (this._server?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this._server?.internalValue;
    }
    if (this._share !== undefined) {
      hasAnyValues = true;
      internalValueResult.share = this._share;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationArchiveCleanupPoliciesTarget | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._authentication.internalValue = undefined;
      this._domain = undefined;
      this._path = undefined;
      this._protocolVersion = undefined;
      this._server.internalValue = undefined;
      this._share = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._authentication.internalValue = value.authentication;
      this._domain = value.domain;
      this._path = value.path;
      this._protocolVersion = value.protocolVersion;
      this._server.internalValue = value.server;
      this._share = value.share;
      this._type = value.type;
    }
  }

  // authentication - computed: true, optional: true, required: false
  private _authentication = new ConfigurationArchiveCleanupPoliciesTargetAuthenticationOutputReference(this, "authentication");
  public get authentication() {
    return this._authentication;
  }
  public putAuthentication(value: ConfigurationArchiveCleanupPoliciesTargetAuthentication) {
    this._authentication.internalValue = value;
  }
  public resetAuthentication() {
    this._authentication.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationInput() {
    return this._authentication.internalValue;
  }

  // domain - computed: true, optional: true, required: false
  private _domain?: string; 
  public get domain() {
    return this.getStringAttribute('domain');
  }
  public set domain(value: string) {
    this._domain = value;
  }
  public resetDomain() {
    this._domain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain;
  }

  // path - computed: true, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // protocol_version - computed: true, optional: true, required: false
  private _protocolVersion?: string; 
  public get protocolVersion() {
    return this.getStringAttribute('protocol_version');
  }
  public set protocolVersion(value: string) {
    this._protocolVersion = value;
  }
  public resetProtocolVersion() {
    this._protocolVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolVersionInput() {
    return this._protocolVersion;
  }

  // server - computed: true, optional: true, required: false
  private _server = new ConfigurationArchiveCleanupPoliciesTargetServerOutputReference(this, "server");
  public get server() {
    return this._server;
  }
  public putServer(value: ConfigurationArchiveCleanupPoliciesTargetServer) {
    this._server.internalValue = value;
  }
  public resetServer() {
    this._server.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server.internalValue;
  }

  // share - computed: true, optional: true, required: false
  private _share?: string; 
  public get share() {
    return this.getStringAttribute('share');
  }
  public set share(value: string) {
    this._share = value;
  }
  public resetShare() {
    this._share = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shareInput() {
    return this._share;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface ConfigurationArchiveCleanupPolicies {
  /**
  * Include the cluster node ID in the path, so that cluster nodes do not archive to the same location and overwrite each other's data. Recommended when SPS is a cluster node. Default: false.
  *
  * Docs: Configuration#include_node_id_in_path (docs/resources/configuration.md in the sps-iac package)
  */
  readonly includeNodeIdInPath?: boolean | cdktf.IResolvable;
  /**
  * E-mail notifications about archive-related events.
  *
  * Docs: Configuration#notification_event (docs/resources/configuration.md in the sps-iac package)
  */
  readonly notificationEvent?: ConfigurationArchiveCleanupPoliciesNotificationEvent;
  /**
  * Data older than this many days is archived to the target (and deleted from SPS).
  *
  * Docs: Configuration#retention_days (docs/resources/configuration.md in the sps-iac package)
  */
  readonly retentionDays: number;
  /**
  * The times when the archive process starts, in H:MM or HH:MM format (by default 0:30: once a night).
  *
  * Docs: Configuration#start_times (docs/resources/configuration.md in the sps-iac package)
  */
  readonly startTimes?: string[];
  /**
  * Where archived data goes: an SMB/CIFS or NFS server, or nowhere (cleanup only: data is deleted forever).
  *
  * Docs: Configuration#target (docs/resources/configuration.md in the sps-iac package)
  */
  readonly target: ConfigurationArchiveCleanupPoliciesTarget;
  /**
  * How archived audit trails are organized into subdirectories of the archive directory. One of: "PROTOCOL/CONNECTION/ARCHIVEDATE/", "ARCHIVEDATE/CONNECTION/PROTOCOL/", "CONNECTIONDATE/PROTOCOL/CONNECTION/", "ARCHIVEDATE/", "CONNECTIONDATE/". Default: "PROTOCOL/CONNECTION/ARCHIVEDATE/".
  *
  * Docs: Configuration#template (docs/resources/configuration.md in the sps-iac package)
  */
  readonly template?: string;
}

export function configurationArchiveCleanupPoliciesToTerraform(struct?: ConfigurationArchiveCleanupPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    include_node_id_in_path: cdktf.booleanToTerraform(struct!.includeNodeIdInPath),
    notification_event: configurationArchiveCleanupPoliciesNotificationEventToTerraform(struct!.notificationEvent),
    retention_days: cdktf.numberToTerraform(struct!.retentionDays),
    start_times: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.startTimes),
    target: configurationArchiveCleanupPoliciesTargetToTerraform(struct!.target),
    template: cdktf.stringToTerraform(struct!.template),
  }
}


export function configurationArchiveCleanupPoliciesToHclTerraform(struct?: ConfigurationArchiveCleanupPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    include_node_id_in_path: {
      value: cdktf.booleanToHclTerraform(struct!.includeNodeIdInPath),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    notification_event: {
      value: configurationArchiveCleanupPoliciesNotificationEventToHclTerraform(struct!.notificationEvent),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationArchiveCleanupPoliciesNotificationEvent",
    },
    retention_days: {
      value: cdktf.numberToHclTerraform(struct!.retentionDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    start_times: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.startTimes),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    target: {
      value: configurationArchiveCleanupPoliciesTargetToHclTerraform(struct!.target),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationArchiveCleanupPoliciesTarget",
    },
    template: {
      value: cdktf.stringToHclTerraform(struct!.template),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationArchiveCleanupPoliciesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ConfigurationArchiveCleanupPolicies | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._includeNodeIdInPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.includeNodeIdInPath = this._includeNodeIdInPath;
    }
    if (this._notificationEvent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.notificationEvent = this._notificationEvent?.internalValue;
    }
    if (this._retentionDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.retentionDays = this._retentionDays;
    }
    if (this._startTimes !== undefined) {
      hasAnyValues = true;
      internalValueResult.startTimes = this._startTimes;
    }
    if (this._target?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target?.internalValue;
    }
    if (this._template !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this._template;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationArchiveCleanupPolicies | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._includeNodeIdInPath = undefined;
      this._notificationEvent.internalValue = undefined;
      this._retentionDays = undefined;
      this._startTimes = undefined;
      this._target.internalValue = undefined;
      this._template = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._includeNodeIdInPath = value.includeNodeIdInPath;
      this._notificationEvent.internalValue = value.notificationEvent;
      this._retentionDays = value.retentionDays;
      this._startTimes = value.startTimes;
      this._target.internalValue = value.target;
      this._template = value.template;
    }
  }

  // include_node_id_in_path - computed: true, optional: true, required: false
  private _includeNodeIdInPath?: boolean | cdktf.IResolvable; 
  public get includeNodeIdInPath() {
    return this.getBooleanAttribute('include_node_id_in_path');
  }
  public set includeNodeIdInPath(value: boolean | cdktf.IResolvable) {
    this._includeNodeIdInPath = value;
  }
  public resetIncludeNodeIdInPath() {
    this._includeNodeIdInPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeNodeIdInPathInput() {
    return this._includeNodeIdInPath;
  }

  // notification_event - computed: true, optional: true, required: false
  private _notificationEvent = new ConfigurationArchiveCleanupPoliciesNotificationEventOutputReference(this, "notification_event");
  public get notificationEvent() {
    return this._notificationEvent;
  }
  public putNotificationEvent(value: ConfigurationArchiveCleanupPoliciesNotificationEvent) {
    this._notificationEvent.internalValue = value;
  }
  public resetNotificationEvent() {
    this._notificationEvent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notificationEventInput() {
    return this._notificationEvent.internalValue;
  }

  // retention_days - computed: false, optional: false, required: true
  private _retentionDays?: number; 
  public get retentionDays() {
    return this.getNumberAttribute('retention_days');
  }
  public set retentionDays(value: number) {
    this._retentionDays = value;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionDaysInput() {
    return this._retentionDays;
  }

  // start_times - computed: true, optional: true, required: false
  private _startTimes?: string[]; 
  public get startTimes() {
    return this.getListAttribute('start_times');
  }
  public set startTimes(value: string[]) {
    this._startTimes = value;
  }
  public resetStartTimes() {
    this._startTimes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimesInput() {
    return this._startTimes;
  }

  // target - computed: false, optional: false, required: true
  private _target = new ConfigurationArchiveCleanupPoliciesTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }
  public putTarget(value: ConfigurationArchiveCleanupPoliciesTarget) {
    this._target.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target.internalValue;
  }

  // template - computed: true, optional: true, required: false
  private _template?: string; 
  public get template() {
    return this.getStringAttribute('template');
  }
  public set template(value: string) {
    this._template = value;
  }
  public resetTemplate() {
    this._template = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this._template;
  }
}

export class ConfigurationArchiveCleanupPoliciesMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: ConfigurationArchiveCleanupPolicies } | cdktf.IResolvable

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
  public get(key: string): ConfigurationArchiveCleanupPoliciesOutputReference {
    return new ConfigurationArchiveCleanupPoliciesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface ConfigurationAuditPoliciesEncryptionCertificates {
  /**
  * The encrypting certificate; replaying needs its private key.
  *
  * Docs: Configuration#certificate (docs/resources/configuration.md in the sps-iac package)
  */
  readonly certificate: string;
  /**
  * Additional certificate for joint (4-eyes) encryption; replaying needs both private keys.
  *
  * Docs: Configuration#four_eyes_certificate (docs/resources/configuration.md in the sps-iac package)
  */
  readonly fourEyesCertificate?: string;
}

export function configurationAuditPoliciesEncryptionCertificatesToTerraform(struct?: ConfigurationAuditPoliciesEncryptionCertificates | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    certificate: cdktf.stringToTerraform(struct!.certificate),
    four_eyes_certificate: cdktf.stringToTerraform(struct!.fourEyesCertificate),
  }
}


export function configurationAuditPoliciesEncryptionCertificatesToHclTerraform(struct?: ConfigurationAuditPoliciesEncryptionCertificates | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    certificate: {
      value: cdktf.stringToHclTerraform(struct!.certificate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    four_eyes_certificate: {
      value: cdktf.stringToHclTerraform(struct!.fourEyesCertificate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesEncryptionCertificatesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ConfigurationAuditPoliciesEncryptionCertificates | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._certificate !== undefined) {
      hasAnyValues = true;
      internalValueResult.certificate = this._certificate;
    }
    if (this._fourEyesCertificate !== undefined) {
      hasAnyValues = true;
      internalValueResult.fourEyesCertificate = this._fourEyesCertificate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesEncryptionCertificates | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._certificate = undefined;
      this._fourEyesCertificate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._certificate = value.certificate;
      this._fourEyesCertificate = value.fourEyesCertificate;
    }
  }

  // certificate - computed: true, optional: false, required: true
  private _certificate?: string; 
  public get certificate() {
    return this.getStringAttribute('certificate');
  }
  public set certificate(value: string) {
    this._certificate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get certificateInput() {
    return this._certificate;
  }

  // four_eyes_certificate - computed: true, optional: true, required: false
  private _fourEyesCertificate?: string; 
  public get fourEyesCertificate() {
    return this.getStringAttribute('four_eyes_certificate');
  }
  public set fourEyesCertificate(value: string) {
    this._fourEyesCertificate = value;
  }
  public resetFourEyesCertificate() {
    this._fourEyesCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fourEyesCertificateInput() {
    return this._fourEyesCertificate;
  }
}

export class ConfigurationAuditPoliciesEncryptionCertificatesList extends cdktf.ComplexList {
  public internalValue? : ConfigurationAuditPoliciesEncryptionCertificates[] | cdktf.IResolvable

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
  public get(index: number): ConfigurationAuditPoliciesEncryptionCertificatesOutputReference {
    return new ConfigurationAuditPoliciesEncryptionCertificatesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates {
  /**
  * The encrypting certificate; replaying needs its private key.
  *
  * Docs: Configuration#certificate (docs/resources/configuration.md in the sps-iac package)
  */
  readonly certificate: string;
  /**
  * Additional certificate for joint (4-eyes) encryption; replaying needs both private keys.
  *
  * Docs: Configuration#four_eyes_certificate (docs/resources/configuration.md in the sps-iac package)
  */
  readonly fourEyesCertificate?: string;
}

export function configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesToTerraform(struct?: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    certificate: cdktf.stringToTerraform(struct!.certificate),
    four_eyes_certificate: cdktf.stringToTerraform(struct!.fourEyesCertificate),
  }
}


export function configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesToHclTerraform(struct?: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    certificate: {
      value: cdktf.stringToHclTerraform(struct!.certificate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    four_eyes_certificate: {
      value: cdktf.stringToHclTerraform(struct!.fourEyesCertificate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._certificate !== undefined) {
      hasAnyValues = true;
      internalValueResult.certificate = this._certificate;
    }
    if (this._fourEyesCertificate !== undefined) {
      hasAnyValues = true;
      internalValueResult.fourEyesCertificate = this._fourEyesCertificate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._certificate = undefined;
      this._fourEyesCertificate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._certificate = value.certificate;
      this._fourEyesCertificate = value.fourEyesCertificate;
    }
  }

  // certificate - computed: true, optional: false, required: true
  private _certificate?: string; 
  public get certificate() {
    return this.getStringAttribute('certificate');
  }
  public set certificate(value: string) {
    this._certificate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get certificateInput() {
    return this._certificate;
  }

  // four_eyes_certificate - computed: true, optional: true, required: false
  private _fourEyesCertificate?: string; 
  public get fourEyesCertificate() {
    return this.getStringAttribute('four_eyes_certificate');
  }
  public set fourEyesCertificate(value: string) {
    this._fourEyesCertificate = value;
  }
  public resetFourEyesCertificate() {
    this._fourEyesCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fourEyesCertificateInput() {
    return this._fourEyesCertificate;
  }
}

export class ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesList extends cdktf.ComplexList {
  public internalValue? : ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates[] | cdktf.IResolvable

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
  public get(index: number): ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesOutputReference {
    return new ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream {
  /**
  * The certificates for encrypting upstream traffic.
  *
  * Docs: Configuration#certificates (docs/resources/configuration.md in the sps-iac package)
  */
  readonly certificates?: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates[] | cdktf.IResolvable;
  /**
  * Encrypt upstream traffic separately. When true, certificates is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamToTerraform(struct?: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    certificates: cdktf.listMapper(configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesToTerraform, false)(struct!.certificates),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamToHclTerraform(struct?: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    certificates: {
      value: cdktf.listMapperHcl(configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesToHclTerraform, false)(struct!.certificates),
      isBlock: true,
      type: "list",
      storageClassType: "ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesList",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._certificates?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.certificates = this._certificates?.internalValue;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._certificates.internalValue = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._certificates.internalValue = value.certificates;
      this._enabled = value.enabled;
    }
  }

  // certificates - computed: true, optional: true, required: false
  private _certificates = new ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificatesList(this, "certificates", false);
  public get certificates() {
    return this._certificates;
  }
  public putCertificates(value: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamCertificates[] | cdktf.IResolvable) {
    this._certificates.internalValue = value;
  }
  public resetCertificates() {
    this._certificates.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certificatesInput() {
    return this._certificates.internalValue;
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationAuditPoliciesEncryption {
  /**
  * The encrypting certificates.
  *
  * Docs: Configuration#certificates (docs/resources/configuration.md in the sps-iac package)
  */
  readonly certificates?: ConfigurationAuditPoliciesEncryptionCertificates[] | cdktf.IResolvable;
  /**
  * Encrypt upstream traffic with separate certificates.
  *
  * Docs: Configuration#different_certificates_for_upstream (docs/resources/configuration.md in the sps-iac package)
  */
  readonly differentCertificatesForUpstream?: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream;
  /**
  * Encrypt audit trails. When true, certificates and different_certificates_for_upstream are required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationAuditPoliciesEncryptionToTerraform(struct?: ConfigurationAuditPoliciesEncryption | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    certificates: cdktf.listMapper(configurationAuditPoliciesEncryptionCertificatesToTerraform, false)(struct!.certificates),
    different_certificates_for_upstream: configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamToTerraform(struct!.differentCertificatesForUpstream),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationAuditPoliciesEncryptionToHclTerraform(struct?: ConfigurationAuditPoliciesEncryption | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    certificates: {
      value: cdktf.listMapperHcl(configurationAuditPoliciesEncryptionCertificatesToHclTerraform, false)(struct!.certificates),
      isBlock: true,
      type: "list",
      storageClassType: "ConfigurationAuditPoliciesEncryptionCertificatesList",
    },
    different_certificates_for_upstream: {
      value: configurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamToHclTerraform(struct!.differentCertificatesForUpstream),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesEncryptionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationAuditPoliciesEncryption | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._certificates?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.certificates = this._certificates?.internalValue;
    }
    if (this._differentCertificatesForUpstream?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.differentCertificatesForUpstream = this._differentCertificatesForUpstream?.internalValue;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesEncryption | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._certificates.internalValue = undefined;
      this._differentCertificatesForUpstream.internalValue = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._certificates.internalValue = value.certificates;
      this._differentCertificatesForUpstream.internalValue = value.differentCertificatesForUpstream;
      this._enabled = value.enabled;
    }
  }

  // certificates - computed: true, optional: true, required: false
  private _certificates = new ConfigurationAuditPoliciesEncryptionCertificatesList(this, "certificates", false);
  public get certificates() {
    return this._certificates;
  }
  public putCertificates(value: ConfigurationAuditPoliciesEncryptionCertificates[] | cdktf.IResolvable) {
    this._certificates.internalValue = value;
  }
  public resetCertificates() {
    this._certificates.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certificatesInput() {
    return this._certificates.internalValue;
  }

  // different_certificates_for_upstream - computed: true, optional: true, required: false
  private _differentCertificatesForUpstream = new ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstreamOutputReference(this, "different_certificates_for_upstream");
  public get differentCertificatesForUpstream() {
    return this._differentCertificatesForUpstream;
  }
  public putDifferentCertificatesForUpstream(value: ConfigurationAuditPoliciesEncryptionDifferentCertificatesForUpstream) {
    this._differentCertificatesForUpstream.internalValue = value;
  }
  public resetDifferentCertificatesForUpstream() {
    this._differentCertificatesForUpstream.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get differentCertificatesForUpstreamInput() {
    return this._differentCertificatesForUpstream.internalValue;
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationAuditPoliciesSigning {
  /**
  * Sign audit trails. When true, x509_identity is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * The X.509 identity (certificate and key stored on SPS) that signs audit trails. Written as the key of the X.509 identity.
  *
  * Docs: Configuration#x509_identity (docs/resources/configuration.md in the sps-iac package)
  */
  readonly x509Identity?: string;
}

export function configurationAuditPoliciesSigningToTerraform(struct?: ConfigurationAuditPoliciesSigning | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    x509_identity: cdktf.stringToTerraform(struct!.x509Identity),
  }
}


export function configurationAuditPoliciesSigningToHclTerraform(struct?: ConfigurationAuditPoliciesSigning | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    x509_identity: {
      value: cdktf.stringToHclTerraform(struct!.x509Identity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesSigningOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationAuditPoliciesSigning | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._x509Identity !== undefined) {
      hasAnyValues = true;
      internalValueResult.x509Identity = this._x509Identity;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesSigning | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._x509Identity = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._x509Identity = value.x509Identity;
    }
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // x509_identity - computed: true, optional: true, required: false
  private _x509Identity?: string; 
  public get x509Identity() {
    return this.getStringAttribute('x509_identity');
  }
  public set x509Identity(value: string) {
    this._x509Identity = value;
  }
  public resetX509Identity() {
    this._x509Identity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get x509IdentityInput() {
    return this._x509Identity;
  }
}
export interface ConfigurationAuditPoliciesTimestampingServerOid {
  /**
  * Request a specific timestamping policy. When true, policy_oid is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * The OID of the timestamping policy, e.g. 1.2.3.
  *
  * Docs: Configuration#policy_oid (docs/resources/configuration.md in the sps-iac package)
  */
  readonly policyOid?: string;
}

export function configurationAuditPoliciesTimestampingServerOidToTerraform(struct?: ConfigurationAuditPoliciesTimestampingServerOid | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    policy_oid: cdktf.stringToTerraform(struct!.policyOid),
  }
}


export function configurationAuditPoliciesTimestampingServerOidToHclTerraform(struct?: ConfigurationAuditPoliciesTimestampingServerOid | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    policy_oid: {
      value: cdktf.stringToHclTerraform(struct!.policyOid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesTimestampingServerOidOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationAuditPoliciesTimestampingServerOid | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._policyOid !== undefined) {
      hasAnyValues = true;
      internalValueResult.policyOid = this._policyOid;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesTimestampingServerOid | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._policyOid = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._policyOid = value.policyOid;
    }
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // policy_oid - computed: true, optional: true, required: false
  private _policyOid?: string; 
  public get policyOid() {
    return this.getStringAttribute('policy_oid');
  }
  public set policyOid(value: string) {
    this._policyOid = value;
  }
  public resetPolicyOid() {
    this._policyOid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyOidInput() {
    return this._policyOid;
  }
}
export interface ConfigurationAuditPoliciesTimestampingServer {
  /**
  * The timestamping policy requested from the remote server (remote only).
  *
  * Docs: Configuration#oid (docs/resources/configuration.md in the sps-iac package)
  */
  readonly oid?: ConfigurationAuditPoliciesTimestampingServerOid;
  /**
  * local: SPS timestamps; remote: a timestamping server (server_url). One of: "local", "remote".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The URL of the remote timestamping server (remote only).
  *
  * Docs: Configuration#server_url (docs/resources/configuration.md in the sps-iac package)
  */
  readonly serverUrl?: string;
}

export function configurationAuditPoliciesTimestampingServerToTerraform(struct?: ConfigurationAuditPoliciesTimestampingServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    oid: configurationAuditPoliciesTimestampingServerOidToTerraform(struct!.oid),
    selection: cdktf.stringToTerraform(struct!.selection),
    server_url: cdktf.stringToTerraform(struct!.serverUrl),
  }
}


export function configurationAuditPoliciesTimestampingServerToHclTerraform(struct?: ConfigurationAuditPoliciesTimestampingServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    oid: {
      value: configurationAuditPoliciesTimestampingServerOidToHclTerraform(struct!.oid),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationAuditPoliciesTimestampingServerOid",
    },
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server_url: {
      value: cdktf.stringToHclTerraform(struct!.serverUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesTimestampingServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationAuditPoliciesTimestampingServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._oid?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.oid = this._oid?.internalValue;
    }
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._serverUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.serverUrl = this._serverUrl;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesTimestampingServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._oid.internalValue = undefined;
      this._selection = undefined;
      this._serverUrl = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._oid.internalValue = value.oid;
      this._selection = value.selection;
      this._serverUrl = value.serverUrl;
    }
  }

  // oid - computed: true, optional: true, required: false
  private _oid = new ConfigurationAuditPoliciesTimestampingServerOidOutputReference(this, "oid");
  public get oid() {
    return this._oid;
  }
  public putOid(value: ConfigurationAuditPoliciesTimestampingServerOid) {
    this._oid.internalValue = value;
  }
  public resetOid() {
    this._oid.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidInput() {
    return this._oid.internalValue;
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // server_url - computed: true, optional: true, required: false
  private _serverUrl?: string; 
  public get serverUrl() {
    return this.getStringAttribute('server_url');
  }
  public set serverUrl(value: string) {
    this._serverUrl = value;
  }
  public resetServerUrl() {
    this._serverUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverUrlInput() {
    return this._serverUrl;
  }
}
export interface ConfigurationAuditPoliciesTimestamping {
  /**
  * Timestamp audit trails.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * Who timestamps: SPS itself (local) or a remote timestamping server. Whether it may be left out when enabled is true is not documented.
  *
  * Docs: Configuration#server (docs/resources/configuration.md in the sps-iac package)
  */
  readonly server?: ConfigurationAuditPoliciesTimestampingServer;
}

export function configurationAuditPoliciesTimestampingToTerraform(struct?: ConfigurationAuditPoliciesTimestamping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    server: configurationAuditPoliciesTimestampingServerToTerraform(struct!.server),
  }
}


export function configurationAuditPoliciesTimestampingToHclTerraform(struct?: ConfigurationAuditPoliciesTimestamping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    server: {
      value: configurationAuditPoliciesTimestampingServerToHclTerraform(struct!.server),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationAuditPoliciesTimestampingServer",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesTimestampingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationAuditPoliciesTimestamping | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._server?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this._server?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPoliciesTimestamping | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._server.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._server.internalValue = value.server;
    }
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // server - computed: true, optional: true, required: false
  private _server = new ConfigurationAuditPoliciesTimestampingServerOutputReference(this, "server");
  public get server() {
    return this._server;
  }
  public putServer(value: ConfigurationAuditPoliciesTimestampingServer) {
    this._server.internalValue = value;
  }
  public resetServer() {
    this._server.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server.internalValue;
  }
}
export interface ConfigurationAuditPolicies {
  /**
  * Audit trail encryption settings.
  *
  * Docs: Configuration#encryption (docs/resources/configuration.md in the sps-iac package)
  */
  readonly encryption?: ConfigurationAuditPoliciesEncryption;
  /**
  * Audit trail signing settings.
  *
  * Docs: Configuration#signing (docs/resources/configuration.md in the sps-iac package)
  */
  readonly signing?: ConfigurationAuditPoliciesSigning;
  /**
  * Interval of signing and timestamping (the default policy has 30; the unit is not documented). SPS 8.0 LTS only (the other band: signing_interval in the protocol options).
  *
  * Docs: Configuration#signing_and_timestamping_interval (docs/resources/configuration.md in the sps-iac package)
  */
  readonly signingAndTimestampingInterval?: number;
  /**
  * Audit trail timestamping. SPS 8.0 LTS only (the other band: timestamping_enabled).
  *
  * Docs: Configuration#timestamping (docs/resources/configuration.md in the sps-iac package)
  */
  readonly timestamping?: ConfigurationAuditPoliciesTimestamping;
  /**
  * Timestamp audit trails (the server and interval are in the protocol options). SPS 7.0 LTS only (the other band: timestamping.enabled).
  *
  * Docs: Configuration#timestamping_enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly timestampingEnabled?: boolean | cdktf.IResolvable;
}

export function configurationAuditPoliciesToTerraform(struct?: ConfigurationAuditPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    encryption: configurationAuditPoliciesEncryptionToTerraform(struct!.encryption),
    signing: configurationAuditPoliciesSigningToTerraform(struct!.signing),
    signing_and_timestamping_interval: cdktf.numberToTerraform(struct!.signingAndTimestampingInterval),
    timestamping: configurationAuditPoliciesTimestampingToTerraform(struct!.timestamping),
    timestamping_enabled: cdktf.booleanToTerraform(struct!.timestampingEnabled),
  }
}


export function configurationAuditPoliciesToHclTerraform(struct?: ConfigurationAuditPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    encryption: {
      value: configurationAuditPoliciesEncryptionToHclTerraform(struct!.encryption),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationAuditPoliciesEncryption",
    },
    signing: {
      value: configurationAuditPoliciesSigningToHclTerraform(struct!.signing),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationAuditPoliciesSigning",
    },
    signing_and_timestamping_interval: {
      value: cdktf.numberToHclTerraform(struct!.signingAndTimestampingInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    timestamping: {
      value: configurationAuditPoliciesTimestampingToHclTerraform(struct!.timestamping),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationAuditPoliciesTimestamping",
    },
    timestamping_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.timestampingEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationAuditPoliciesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ConfigurationAuditPolicies | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._encryption?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.encryption = this._encryption?.internalValue;
    }
    if (this._signing?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.signing = this._signing?.internalValue;
    }
    if (this._signingAndTimestampingInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.signingAndTimestampingInterval = this._signingAndTimestampingInterval;
    }
    if (this._timestamping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestamping = this._timestamping?.internalValue;
    }
    if (this._timestampingEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestampingEnabled = this._timestampingEnabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationAuditPolicies | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._encryption.internalValue = undefined;
      this._signing.internalValue = undefined;
      this._signingAndTimestampingInterval = undefined;
      this._timestamping.internalValue = undefined;
      this._timestampingEnabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._encryption.internalValue = value.encryption;
      this._signing.internalValue = value.signing;
      this._signingAndTimestampingInterval = value.signingAndTimestampingInterval;
      this._timestamping.internalValue = value.timestamping;
      this._timestampingEnabled = value.timestampingEnabled;
    }
  }

  // encryption - computed: true, optional: true, required: false
  private _encryption = new ConfigurationAuditPoliciesEncryptionOutputReference(this, "encryption");
  public get encryption() {
    return this._encryption;
  }
  public putEncryption(value: ConfigurationAuditPoliciesEncryption) {
    this._encryption.internalValue = value;
  }
  public resetEncryption() {
    this._encryption.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionInput() {
    return this._encryption.internalValue;
  }

  // signing - computed: true, optional: true, required: false
  private _signing = new ConfigurationAuditPoliciesSigningOutputReference(this, "signing");
  public get signing() {
    return this._signing;
  }
  public putSigning(value: ConfigurationAuditPoliciesSigning) {
    this._signing.internalValue = value;
  }
  public resetSigning() {
    this._signing.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signingInput() {
    return this._signing.internalValue;
  }

  // signing_and_timestamping_interval - computed: true, optional: true, required: false
  private _signingAndTimestampingInterval?: number; 
  public get signingAndTimestampingInterval() {
    return this.getNumberAttribute('signing_and_timestamping_interval');
  }
  public set signingAndTimestampingInterval(value: number) {
    this._signingAndTimestampingInterval = value;
  }
  public resetSigningAndTimestampingInterval() {
    this._signingAndTimestampingInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signingAndTimestampingIntervalInput() {
    return this._signingAndTimestampingInterval;
  }

  // timestamping - computed: true, optional: true, required: false
  private _timestamping = new ConfigurationAuditPoliciesTimestampingOutputReference(this, "timestamping");
  public get timestamping() {
    return this._timestamping;
  }
  public putTimestamping(value: ConfigurationAuditPoliciesTimestamping) {
    this._timestamping.internalValue = value;
  }
  public resetTimestamping() {
    this._timestamping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampingInput() {
    return this._timestamping.internalValue;
  }

  // timestamping_enabled - computed: true, optional: true, required: false
  private _timestampingEnabled?: boolean | cdktf.IResolvable; 
  public get timestampingEnabled() {
    return this.getBooleanAttribute('timestamping_enabled');
  }
  public set timestampingEnabled(value: boolean | cdktf.IResolvable) {
    this._timestampingEnabled = value;
  }
  public resetTimestampingEnabled() {
    this._timestampingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampingEnabledInput() {
    return this._timestampingEnabled;
  }
}

export class ConfigurationAuditPoliciesMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: ConfigurationAuditPolicies } | cdktf.IResolvable

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
  public get(key: string): ConfigurationAuditPoliciesOutputReference {
    return new ConfigurationAuditPoliciesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface ConfigurationBackupPoliciesNotificationEvent {
  /**
  * The maximum number of files listed in the notification e-mail (meaningful only when type is "all" and send_filelist is true). Default: 10240.
  *
  * Docs: Configuration#file_count_limit (docs/resources/configuration.md in the sps-iac package)
  */
  readonly fileCountLimit?: number;
  /**
  * Include the list of files in the notification e-mail (meaningful only when type is "all"). Default: false.
  *
  * Docs: Configuration#send_filelist (docs/resources/configuration.md in the sps-iac package)
  */
  readonly sendFilelist?: boolean | cdktf.IResolvable;
  /**
  * all: notify on all backup-related events; errors-only: only on errors; none: no notification e-mails. One of: "all", "errors-only", "none". Default: "none".
  *
  * Docs: Configuration#type (docs/resources/configuration.md in the sps-iac package)
  */
  readonly type?: string;
}

export function configurationBackupPoliciesNotificationEventToTerraform(struct?: ConfigurationBackupPoliciesNotificationEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    file_count_limit: cdktf.numberToTerraform(struct!.fileCountLimit),
    send_filelist: cdktf.booleanToTerraform(struct!.sendFilelist),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function configurationBackupPoliciesNotificationEventToHclTerraform(struct?: ConfigurationBackupPoliciesNotificationEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    file_count_limit: {
      value: cdktf.numberToHclTerraform(struct!.fileCountLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    send_filelist: {
      value: cdktf.booleanToHclTerraform(struct!.sendFilelist),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationBackupPoliciesNotificationEventOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationBackupPoliciesNotificationEvent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fileCountLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.fileCountLimit = this._fileCountLimit;
    }
    if (this._sendFilelist !== undefined) {
      hasAnyValues = true;
      internalValueResult.sendFilelist = this._sendFilelist;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationBackupPoliciesNotificationEvent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fileCountLimit = undefined;
      this._sendFilelist = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fileCountLimit = value.fileCountLimit;
      this._sendFilelist = value.sendFilelist;
      this._type = value.type;
    }
  }

  // file_count_limit - computed: true, optional: true, required: false
  private _fileCountLimit?: number; 
  public get fileCountLimit() {
    return this.getNumberAttribute('file_count_limit');
  }
  public set fileCountLimit(value: number) {
    this._fileCountLimit = value;
  }
  public resetFileCountLimit() {
    this._fileCountLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fileCountLimitInput() {
    return this._fileCountLimit;
  }

  // send_filelist - computed: true, optional: true, required: false
  private _sendFilelist?: boolean | cdktf.IResolvable; 
  public get sendFilelist() {
    return this.getBooleanAttribute('send_filelist');
  }
  public set sendFilelist(value: boolean | cdktf.IResolvable) {
    this._sendFilelist = value;
  }
  public resetSendFilelist() {
    this._sendFilelist = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sendFilelistInput() {
    return this._sendFilelist;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface ConfigurationBackupPoliciesTargetAuthentication {
  /**
  * The password corresponding to the username (only when selection is "password"). Sensitive. Write-only (Terraform ≥ 1.11): never stored in the plan or the state; a change of it shows as a new number in secret_versions. Give it from an ephemeral (or sensitive) variable.
  *
  * Docs: Configuration#password (docs/resources/configuration.md in the sps-iac package)
  */
  readonly password?: string;
  /**
  * password: log on with a username and password; anonymous: log on anonymously. One of: "password", "anonymous".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The username used to log on to the remote server (only when selection is "password").
  *
  * Docs: Configuration#username (docs/resources/configuration.md in the sps-iac package)
  */
  readonly username?: string;
}

export function configurationBackupPoliciesTargetAuthenticationToTerraform(struct?: ConfigurationBackupPoliciesTargetAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    password: cdktf.stringToTerraform(struct!.password),
    selection: cdktf.stringToTerraform(struct!.selection),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function configurationBackupPoliciesTargetAuthenticationToHclTerraform(struct?: ConfigurationBackupPoliciesTargetAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationBackupPoliciesTargetAuthenticationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationBackupPoliciesTargetAuthentication | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationBackupPoliciesTargetAuthentication | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._selection = undefined;
      this._username = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._selection = value.selection;
      this._username = value.username;
    }
  }

  // password - computed: true, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // username - computed: true, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}
export interface ConfigurationBackupPoliciesTargetServer {
  /**
  * ip: an IP address; fqdn: a host name. One of: "ip", "fqdn".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The IP address or the host name, as `selection` says.
  *
  * Docs: Configuration#value (docs/resources/configuration.md in the sps-iac package)
  */
  readonly value: string;
}

export function configurationBackupPoliciesTargetServerToTerraform(struct?: ConfigurationBackupPoliciesTargetServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function configurationBackupPoliciesTargetServerToHclTerraform(struct?: ConfigurationBackupPoliciesTargetServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationBackupPoliciesTargetServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationBackupPoliciesTargetServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationBackupPoliciesTargetServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._selection = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._selection = value.selection;
      this._value = value.value;
    }
  }

  // selection - computed: false, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface ConfigurationBackupPoliciesTarget {
  /**
  * A private key stored on SPS (PKCS#1 or PKCS#8 PEM, unencrypted). Write once: to change it, create a new one and repoint the referrer. Referenced once only. Written inline; stored on SPS as a private key. Write-only (Terraform ≥ 1.11): never stored in the plan or the state; a change of it shows as a new number in secret_versions. Give it from an ephemeral (or sensitive) variable.
  *
  * Docs: Configuration#auth_key (docs/resources/configuration.md in the sps-iac package)
  */
  readonly authKey?: string;
  /**
  * How SPS logs on to the SMB/CIFS share.
  *
  * Docs: Configuration#authentication (docs/resources/configuration.md in the sps-iac package)
  */
  readonly authentication?: ConfigurationBackupPoliciesTargetAuthentication;
  /**
  * The domain name of the target server (SMB only).
  *
  * Docs: Configuration#domain (docs/resources/configuration.md in the sps-iac package)
  */
  readonly domain?: string;
  /**
  * The public key of the rsync server (rsync only): an OpenSSH one-liner ("ssh-rsa AAAA...") or {selection, value}; SPS always returns {selection, value}.
  *
  * Docs: Configuration#host_key (docs/resources/configuration.md in the sps-iac package)
  */
  readonly hostKey?: string;
  /**
  * The path to the backup directory on the target server.
  *
  * Docs: Configuration#path (docs/resources/configuration.md in the sps-iac package)
  */
  readonly path?: string;
  /**
  * The port of the SSH server on the rsync host (rsync only).
  *
  * Docs: Configuration#port (docs/resources/configuration.md in the sps-iac package)
  */
  readonly port?: number;
  /**
  * The SMB protocol version SPS uses to connect to the server (SMB only). Servers are usually backwards compatible.
  *
  * Docs: Configuration#protocol_version (docs/resources/configuration.md in the sps-iac package)
  */
  readonly protocolVersion?: string;
  /**
  * The address of the remote server.
  *
  * Docs: Configuration#server (docs/resources/configuration.md in the sps-iac package)
  */
  readonly server: ConfigurationBackupPoliciesTargetServer;
  /**
  * The share name and directory path, as share_name/path/to/directory (SMB only).
  *
  * Docs: Configuration#share (docs/resources/configuration.md in the sps-iac package)
  */
  readonly share?: string;
  /**
  * rsync: rsync over SSH; smb: SMB/CIFS; nfs: NFS. One of: "rsync", "smb", "nfs".
  *
  * Docs: Configuration#type (docs/resources/configuration.md in the sps-iac package)
  */
  readonly type: string;
  /**
  * The username used to log on to the rsync server (rsync only).
  *
  * Docs: Configuration#username (docs/resources/configuration.md in the sps-iac package)
  */
  readonly username?: string;
}

export function configurationBackupPoliciesTargetToTerraform(struct?: ConfigurationBackupPoliciesTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auth_key: cdktf.stringToTerraform(struct!.authKey),
    authentication: configurationBackupPoliciesTargetAuthenticationToTerraform(struct!.authentication),
    domain: cdktf.stringToTerraform(struct!.domain),
    host_key: cdktf.stringToTerraform(struct!.hostKey),
    path: cdktf.stringToTerraform(struct!.path),
    port: cdktf.numberToTerraform(struct!.port),
    protocol_version: cdktf.stringToTerraform(struct!.protocolVersion),
    server: configurationBackupPoliciesTargetServerToTerraform(struct!.server),
    share: cdktf.stringToTerraform(struct!.share),
    type: cdktf.stringToTerraform(struct!.type),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function configurationBackupPoliciesTargetToHclTerraform(struct?: ConfigurationBackupPoliciesTarget | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auth_key: {
      value: cdktf.stringToHclTerraform(struct!.authKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    authentication: {
      value: configurationBackupPoliciesTargetAuthenticationToHclTerraform(struct!.authentication),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationBackupPoliciesTargetAuthentication",
    },
    domain: {
      value: cdktf.stringToHclTerraform(struct!.domain),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    host_key: {
      value: cdktf.stringToHclTerraform(struct!.hostKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    protocol_version: {
      value: cdktf.stringToHclTerraform(struct!.protocolVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server: {
      value: configurationBackupPoliciesTargetServerToHclTerraform(struct!.server),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationBackupPoliciesTargetServer",
    },
    share: {
      value: cdktf.stringToHclTerraform(struct!.share),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationBackupPoliciesTargetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationBackupPoliciesTarget | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._authKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.authKey = this._authKey;
    }
    if (this._authentication?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.authentication = this._authentication?.internalValue;
    }
    if (this._domain !== undefined) {
      hasAnyValues = true;
      internalValueResult.domain = this._domain;
    }
    if (this._hostKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.hostKey = this._hostKey;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._protocolVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocolVersion = this._protocolVersion;
    }
    if (this._server?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this._server?.internalValue;
    }
    if (this._share !== undefined) {
      hasAnyValues = true;
      internalValueResult.share = this._share;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationBackupPoliciesTarget | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._authKey = undefined;
      this._authentication.internalValue = undefined;
      this._domain = undefined;
      this._hostKey = undefined;
      this._path = undefined;
      this._port = undefined;
      this._protocolVersion = undefined;
      this._server.internalValue = undefined;
      this._share = undefined;
      this._type = undefined;
      this._username = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._authKey = value.authKey;
      this._authentication.internalValue = value.authentication;
      this._domain = value.domain;
      this._hostKey = value.hostKey;
      this._path = value.path;
      this._port = value.port;
      this._protocolVersion = value.protocolVersion;
      this._server.internalValue = value.server;
      this._share = value.share;
      this._type = value.type;
      this._username = value.username;
    }
  }

  // auth_key - computed: false, optional: true, required: false
  private _authKey?: string; 
  public get authKey() {
    return this.getStringAttribute('auth_key');
  }
  public set authKey(value: string) {
    this._authKey = value;
  }
  public resetAuthKey() {
    this._authKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authKeyInput() {
    return this._authKey;
  }

  // authentication - computed: true, optional: true, required: false
  private _authentication = new ConfigurationBackupPoliciesTargetAuthenticationOutputReference(this, "authentication");
  public get authentication() {
    return this._authentication;
  }
  public putAuthentication(value: ConfigurationBackupPoliciesTargetAuthentication) {
    this._authentication.internalValue = value;
  }
  public resetAuthentication() {
    this._authentication.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationInput() {
    return this._authentication.internalValue;
  }

  // domain - computed: true, optional: true, required: false
  private _domain?: string; 
  public get domain() {
    return this.getStringAttribute('domain');
  }
  public set domain(value: string) {
    this._domain = value;
  }
  public resetDomain() {
    this._domain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain;
  }

  // host_key - computed: true, optional: true, required: false
  private _hostKey?: string; 
  public get hostKey() {
    return this.getStringAttribute('host_key');
  }
  public set hostKey(value: string) {
    this._hostKey = value;
  }
  public resetHostKey() {
    this._hostKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostKeyInput() {
    return this._hostKey;
  }

  // path - computed: true, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // port - computed: true, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // protocol_version - computed: true, optional: true, required: false
  private _protocolVersion?: string; 
  public get protocolVersion() {
    return this.getStringAttribute('protocol_version');
  }
  public set protocolVersion(value: string) {
    this._protocolVersion = value;
  }
  public resetProtocolVersion() {
    this._protocolVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolVersionInput() {
    return this._protocolVersion;
  }

  // server - computed: false, optional: false, required: true
  private _server = new ConfigurationBackupPoliciesTargetServerOutputReference(this, "server");
  public get server() {
    return this._server;
  }
  public putServer(value: ConfigurationBackupPoliciesTargetServer) {
    this._server.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server.internalValue;
  }

  // share - computed: true, optional: true, required: false
  private _share?: string; 
  public get share() {
    return this.getStringAttribute('share');
  }
  public set share(value: string) {
    this._share = value;
  }
  public resetShare() {
    this._share = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shareInput() {
    return this._share;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // username - computed: true, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}
export interface ConfigurationBackupPolicies {
  /**
  * Include the cluster node ID in the path, so that cluster nodes do not back up to the same location and overwrite each other's data. Recommended when SPS is a cluster node. Default: false.
  *
  * Docs: Configuration#include_node_id_in_path (docs/resources/configuration.md in the sps-iac package)
  */
  readonly includeNodeIdInPath?: boolean | cdktf.IResolvable;
  /**
  * E-mail notifications about backup-related events.
  *
  * Docs: Configuration#notification_event (docs/resources/configuration.md in the sps-iac package)
  */
  readonly notificationEvent?: ConfigurationBackupPoliciesNotificationEvent;
  /**
  * The times when the backup process starts, in H:MM or HH:MM format (by default 1:00: once a night).
  *
  * Docs: Configuration#start_times (docs/resources/configuration.md in the sps-iac package)
  */
  readonly startTimes?: string[];
  /**
  * The backup server and the protocol used to reach it.
  *
  * Docs: Configuration#target (docs/resources/configuration.md in the sps-iac package)
  */
  readonly target: ConfigurationBackupPoliciesTarget;
}

export function configurationBackupPoliciesToTerraform(struct?: ConfigurationBackupPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    include_node_id_in_path: cdktf.booleanToTerraform(struct!.includeNodeIdInPath),
    notification_event: configurationBackupPoliciesNotificationEventToTerraform(struct!.notificationEvent),
    start_times: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.startTimes),
    target: configurationBackupPoliciesTargetToTerraform(struct!.target),
  }
}


export function configurationBackupPoliciesToHclTerraform(struct?: ConfigurationBackupPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    include_node_id_in_path: {
      value: cdktf.booleanToHclTerraform(struct!.includeNodeIdInPath),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    notification_event: {
      value: configurationBackupPoliciesNotificationEventToHclTerraform(struct!.notificationEvent),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationBackupPoliciesNotificationEvent",
    },
    start_times: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.startTimes),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    target: {
      value: configurationBackupPoliciesTargetToHclTerraform(struct!.target),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationBackupPoliciesTarget",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationBackupPoliciesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ConfigurationBackupPolicies | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._includeNodeIdInPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.includeNodeIdInPath = this._includeNodeIdInPath;
    }
    if (this._notificationEvent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.notificationEvent = this._notificationEvent?.internalValue;
    }
    if (this._startTimes !== undefined) {
      hasAnyValues = true;
      internalValueResult.startTimes = this._startTimes;
    }
    if (this._target?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationBackupPolicies | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._includeNodeIdInPath = undefined;
      this._notificationEvent.internalValue = undefined;
      this._startTimes = undefined;
      this._target.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._includeNodeIdInPath = value.includeNodeIdInPath;
      this._notificationEvent.internalValue = value.notificationEvent;
      this._startTimes = value.startTimes;
      this._target.internalValue = value.target;
    }
  }

  // include_node_id_in_path - computed: true, optional: true, required: false
  private _includeNodeIdInPath?: boolean | cdktf.IResolvable; 
  public get includeNodeIdInPath() {
    return this.getBooleanAttribute('include_node_id_in_path');
  }
  public set includeNodeIdInPath(value: boolean | cdktf.IResolvable) {
    this._includeNodeIdInPath = value;
  }
  public resetIncludeNodeIdInPath() {
    this._includeNodeIdInPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeNodeIdInPathInput() {
    return this._includeNodeIdInPath;
  }

  // notification_event - computed: true, optional: true, required: false
  private _notificationEvent = new ConfigurationBackupPoliciesNotificationEventOutputReference(this, "notification_event");
  public get notificationEvent() {
    return this._notificationEvent;
  }
  public putNotificationEvent(value: ConfigurationBackupPoliciesNotificationEvent) {
    this._notificationEvent.internalValue = value;
  }
  public resetNotificationEvent() {
    this._notificationEvent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notificationEventInput() {
    return this._notificationEvent.internalValue;
  }

  // start_times - computed: true, optional: true, required: false
  private _startTimes?: string[]; 
  public get startTimes() {
    return this.getListAttribute('start_times');
  }
  public set startTimes(value: string[]) {
    this._startTimes = value;
  }
  public resetStartTimes() {
    this._startTimes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimesInput() {
    return this._startTimes;
  }

  // target - computed: false, optional: false, required: true
  private _target = new ConfigurationBackupPoliciesTargetOutputReference(this, "target");
  public get target() {
    return this._target;
  }
  public putTarget(value: ConfigurationBackupPoliciesTarget) {
    this._target.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target.internalValue;
  }
}

export class ConfigurationBackupPoliciesMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: ConfigurationBackupPolicies } | cdktf.IResolvable

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
  public get(key: string): ConfigurationBackupPoliciesOutputReference {
    return new ConfigurationBackupPoliciesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface ConfigurationContentPoliciesRulesActions {
  /**
  * Log the event in the system logs. Default: false.
  *
  * Docs: Configuration#log (docs/resources/configuration.md in the sps-iac package)
  */
  readonly log?: boolean | cdktf.IResolvable;
  /**
  * Send an e-mail or SNMP alert about the event. Default: false.
  *
  * Docs: Configuration#notify (docs/resources/configuration.md in the sps-iac package)
  */
  readonly notify?: boolean | cdktf.IResolvable;
  /**
  * Store the event in the connection database of SPS. Default: false.
  *
  * Docs: Configuration#store_in_connection_database (docs/resources/configuration.md in the sps-iac package)
  */
  readonly storeInConnectionDatabase?: boolean | cdktf.IResolvable;
  /**
  * Immediately terminate the connection. Default: false.
  *
  * Docs: Configuration#terminate (docs/resources/configuration.md in the sps-iac package)
  */
  readonly terminate?: boolean | cdktf.IResolvable;
}

export function configurationContentPoliciesRulesActionsToTerraform(struct?: ConfigurationContentPoliciesRulesActions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    log: cdktf.booleanToTerraform(struct!.log),
    notify: cdktf.booleanToTerraform(struct!.notify),
    store_in_connection_database: cdktf.booleanToTerraform(struct!.storeInConnectionDatabase),
    terminate: cdktf.booleanToTerraform(struct!.terminate),
  }
}


export function configurationContentPoliciesRulesActionsToHclTerraform(struct?: ConfigurationContentPoliciesRulesActions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    log: {
      value: cdktf.booleanToHclTerraform(struct!.log),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    notify: {
      value: cdktf.booleanToHclTerraform(struct!.notify),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    store_in_connection_database: {
      value: cdktf.booleanToHclTerraform(struct!.storeInConnectionDatabase),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    terminate: {
      value: cdktf.booleanToHclTerraform(struct!.terminate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationContentPoliciesRulesActionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationContentPoliciesRulesActions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._log !== undefined) {
      hasAnyValues = true;
      internalValueResult.log = this._log;
    }
    if (this._notify !== undefined) {
      hasAnyValues = true;
      internalValueResult.notify = this._notify;
    }
    if (this._storeInConnectionDatabase !== undefined) {
      hasAnyValues = true;
      internalValueResult.storeInConnectionDatabase = this._storeInConnectionDatabase;
    }
    if (this._terminate !== undefined) {
      hasAnyValues = true;
      internalValueResult.terminate = this._terminate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationContentPoliciesRulesActions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._log = undefined;
      this._notify = undefined;
      this._storeInConnectionDatabase = undefined;
      this._terminate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._log = value.log;
      this._notify = value.notify;
      this._storeInConnectionDatabase = value.storeInConnectionDatabase;
      this._terminate = value.terminate;
    }
  }

  // log - computed: true, optional: true, required: false
  private _log?: boolean | cdktf.IResolvable; 
  public get log() {
    return this.getBooleanAttribute('log');
  }
  public set log(value: boolean | cdktf.IResolvable) {
    this._log = value;
  }
  public resetLog() {
    this._log = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logInput() {
    return this._log;
  }

  // notify - computed: true, optional: true, required: false
  private _notify?: boolean | cdktf.IResolvable; 
  public get notify() {
    return this.getBooleanAttribute('notify');
  }
  public set notify(value: boolean | cdktf.IResolvable) {
    this._notify = value;
  }
  public resetNotify() {
    this._notify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notifyInput() {
    return this._notify;
  }

  // store_in_connection_database - computed: true, optional: true, required: false
  private _storeInConnectionDatabase?: boolean | cdktf.IResolvable; 
  public get storeInConnectionDatabase() {
    return this.getBooleanAttribute('store_in_connection_database');
  }
  public set storeInConnectionDatabase(value: boolean | cdktf.IResolvable) {
    this._storeInConnectionDatabase = value;
  }
  public resetStoreInConnectionDatabase() {
    this._storeInConnectionDatabase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storeInConnectionDatabaseInput() {
    return this._storeInConnectionDatabase;
  }

  // terminate - computed: true, optional: true, required: false
  private _terminate?: boolean | cdktf.IResolvable; 
  public get terminate() {
    return this.getBooleanAttribute('terminate');
  }
  public set terminate(value: boolean | cdktf.IResolvable) {
    this._terminate = value;
  }
  public resetTerminate() {
    this._terminate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get terminateInput() {
    return this._terminate;
  }
}
export interface ConfigurationContentPoliciesRulesEvent {
  /**
  * Patterns that suppress a match.
  *
  * Docs: Configuration#ignore (docs/resources/configuration.md in the sps-iac package)
  */
  readonly ignore?: string[];
  /**
  * Patterns that trigger the actions when found in the traffic.
  *
  * Docs: Configuration#match (docs/resources/configuration.md in the sps-iac package)
  */
  readonly match: string[];
  /**
  * command: SSH session-shell or Telnet commands; screen_content: any text on screen; creditcard: credit card numbers; window_title: RDP, ICA and VNC window titles. One of: "command", "screen_content", "creditcard", "window_title".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
}

export function configurationContentPoliciesRulesEventToTerraform(struct?: ConfigurationContentPoliciesRulesEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ignore: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.ignore),
    match: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.match),
    selection: cdktf.stringToTerraform(struct!.selection),
  }
}


export function configurationContentPoliciesRulesEventToHclTerraform(struct?: ConfigurationContentPoliciesRulesEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ignore: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.ignore),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    match: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.match),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationContentPoliciesRulesEventOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationContentPoliciesRulesEvent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ignore !== undefined) {
      hasAnyValues = true;
      internalValueResult.ignore = this._ignore;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationContentPoliciesRulesEvent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ignore = undefined;
      this._match = undefined;
      this._selection = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ignore = value.ignore;
      this._match = value.match;
      this._selection = value.selection;
    }
  }

  // ignore - computed: true, optional: true, required: false
  private _ignore?: string[]; 
  public get ignore() {
    return this.getListAttribute('ignore');
  }
  public set ignore(value: string[]) {
    this._ignore = value;
  }
  public resetIgnore() {
    this._ignore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreInput() {
    return this._ignore;
  }

  // match - computed: false, optional: false, required: true
  private _match?: string[]; 
  public get match() {
    return this.getListAttribute('match');
  }
  public set match(value: string[]) {
    this._match = value;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // selection - computed: false, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }
}
export interface ConfigurationContentPoliciesRules {
  /**
  * What SPS does when the rule matches.
  *
  * Docs: Configuration#actions (docs/resources/configuration.md in the sps-iac package)
  */
  readonly actions?: ConfigurationContentPoliciesRulesActions;
  /**
  * The event that triggers the actions.
  *
  * Docs: Configuration#event (docs/resources/configuration.md in the sps-iac package)
  */
  readonly event: ConfigurationContentPoliciesRulesEvent;
  /**
  * Apply the rule only to connections of users in these gateway groups (empty: everyone).
  *
  * Docs: Configuration#gateway_groups (docs/resources/configuration.md in the sps-iac package)
  */
  readonly gatewayGroups?: string[];
  /**
  * Apply the rule only to connections of users in these remote groups (empty: everyone).
  *
  * Docs: Configuration#remote_groups (docs/resources/configuration.md in the sps-iac package)
  */
  readonly remoteGroups?: string[];
}

export function configurationContentPoliciesRulesToTerraform(struct?: ConfigurationContentPoliciesRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    actions: configurationContentPoliciesRulesActionsToTerraform(struct!.actions),
    event: configurationContentPoliciesRulesEventToTerraform(struct!.event),
    gateway_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.gatewayGroups),
    remote_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.remoteGroups),
  }
}


export function configurationContentPoliciesRulesToHclTerraform(struct?: ConfigurationContentPoliciesRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    actions: {
      value: configurationContentPoliciesRulesActionsToHclTerraform(struct!.actions),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationContentPoliciesRulesActions",
    },
    event: {
      value: configurationContentPoliciesRulesEventToHclTerraform(struct!.event),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationContentPoliciesRulesEvent",
    },
    gateway_groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.gatewayGroups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    remote_groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.remoteGroups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationContentPoliciesRulesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ConfigurationContentPoliciesRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._actions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.actions = this._actions?.internalValue;
    }
    if (this._event?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.event = this._event?.internalValue;
    }
    if (this._gatewayGroups !== undefined) {
      hasAnyValues = true;
      internalValueResult.gatewayGroups = this._gatewayGroups;
    }
    if (this._remoteGroups !== undefined) {
      hasAnyValues = true;
      internalValueResult.remoteGroups = this._remoteGroups;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationContentPoliciesRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._actions.internalValue = undefined;
      this._event.internalValue = undefined;
      this._gatewayGroups = undefined;
      this._remoteGroups = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._actions.internalValue = value.actions;
      this._event.internalValue = value.event;
      this._gatewayGroups = value.gatewayGroups;
      this._remoteGroups = value.remoteGroups;
    }
  }

  // actions - computed: true, optional: true, required: false
  private _actions = new ConfigurationContentPoliciesRulesActionsOutputReference(this, "actions");
  public get actions() {
    return this._actions;
  }
  public putActions(value: ConfigurationContentPoliciesRulesActions) {
    this._actions.internalValue = value;
  }
  public resetActions() {
    this._actions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionsInput() {
    return this._actions.internalValue;
  }

  // event - computed: false, optional: false, required: true
  private _event = new ConfigurationContentPoliciesRulesEventOutputReference(this, "event");
  public get event() {
    return this._event;
  }
  public putEvent(value: ConfigurationContentPoliciesRulesEvent) {
    this._event.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get eventInput() {
    return this._event.internalValue;
  }

  // gateway_groups - computed: true, optional: true, required: false
  private _gatewayGroups?: string[]; 
  public get gatewayGroups() {
    return this.getListAttribute('gateway_groups');
  }
  public set gatewayGroups(value: string[]) {
    this._gatewayGroups = value;
  }
  public resetGatewayGroups() {
    this._gatewayGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayGroupsInput() {
    return this._gatewayGroups;
  }

  // remote_groups - computed: true, optional: true, required: false
  private _remoteGroups?: string[]; 
  public get remoteGroups() {
    return this.getListAttribute('remote_groups');
  }
  public set remoteGroups(value: string[]) {
    this._remoteGroups = value;
  }
  public resetRemoteGroups() {
    this._remoteGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteGroupsInput() {
    return this._remoteGroups;
  }
}

export class ConfigurationContentPoliciesRulesList extends cdktf.ComplexList {
  public internalValue? : ConfigurationContentPoliciesRules[] | cdktf.IResolvable

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
  public get(index: number): ConfigurationContentPoliciesRulesOutputReference {
    return new ConfigurationContentPoliciesRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ConfigurationContentPolicies {
  /**
  * The rules of the policy, evaluated in order.
  *
  * Docs: Configuration#rules (docs/resources/configuration.md in the sps-iac package)
  */
  readonly rules: ConfigurationContentPoliciesRules[] | cdktf.IResolvable;
}

export function configurationContentPoliciesToTerraform(struct?: ConfigurationContentPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    rules: cdktf.listMapper(configurationContentPoliciesRulesToTerraform, false)(struct!.rules),
  }
}


export function configurationContentPoliciesToHclTerraform(struct?: ConfigurationContentPolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    rules: {
      value: cdktf.listMapperHcl(configurationContentPoliciesRulesToHclTerraform, false)(struct!.rules),
      isBlock: true,
      type: "list",
      storageClassType: "ConfigurationContentPoliciesRulesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationContentPoliciesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ConfigurationContentPolicies | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._rules?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.rules = this._rules?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationContentPolicies | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._rules.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._rules.internalValue = value.rules;
    }
  }

  // rules - computed: false, optional: false, required: true
  private _rules = new ConfigurationContentPoliciesRulesList(this, "rules", false);
  public get rules() {
    return this._rules;
  }
  public putRules(value: ConfigurationContentPoliciesRules[] | cdktf.IResolvable) {
    this._rules.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rulesInput() {
    return this._rules.internalValue;
  }
}

export class ConfigurationContentPoliciesMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: ConfigurationContentPolicies } | cdktf.IResolvable

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
  public get(key: string): ConfigurationContentPoliciesOutputReference {
    return new ConfigurationContentPoliciesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface ConfigurationPassThrough {
  /**
  * A collection: partial bodies keyed by object name (in Terraform, each body jsonencode()d).
  *
  * Docs: Configuration#objects (docs/resources/configuration.md in the sps-iac package)
  */
  readonly objects?: { [key: string]: string };
  /**
  * JSON pointers of secret fields ("*" for every array element): masked, fingerprinted, ${env:NAME} allowed.
  *
  * Docs: Configuration#sensitive_paths (docs/resources/configuration.md in the sps-iac package)
  */
  readonly sensitivePaths?: string[];
  /**
  * A singleton endpoint: its partial body (in Terraform, jsonencode()d).
  *
  * Docs: Configuration#singleton (docs/resources/configuration.md in the sps-iac package)
  */
  readonly singleton?: string;
}

export function configurationPassThroughToTerraform(struct?: ConfigurationPassThrough | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    objects: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.objects),
    sensitive_paths: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.sensitivePaths),
    singleton: cdktf.stringToTerraform(struct!.singleton),
  }
}


export function configurationPassThroughToHclTerraform(struct?: ConfigurationPassThrough | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    objects: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.objects),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    sensitive_paths: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.sensitivePaths),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    singleton: {
      value: cdktf.stringToHclTerraform(struct!.singleton),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationPassThroughOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ConfigurationPassThrough | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._objects !== undefined) {
      hasAnyValues = true;
      internalValueResult.objects = this._objects;
    }
    if (this._sensitivePaths !== undefined) {
      hasAnyValues = true;
      internalValueResult.sensitivePaths = this._sensitivePaths;
    }
    if (this._singleton !== undefined) {
      hasAnyValues = true;
      internalValueResult.singleton = this._singleton;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationPassThrough | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._objects = undefined;
      this._sensitivePaths = undefined;
      this._singleton = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._objects = value.objects;
      this._sensitivePaths = value.sensitivePaths;
      this._singleton = value.singleton;
    }
  }

  // objects - computed: false, optional: true, required: false
  private _objects?: { [key: string]: string }; 
  public get objects() {
    return this.getStringMapAttribute('objects');
  }
  public set objects(value: { [key: string]: string }) {
    this._objects = value;
  }
  public resetObjects() {
    this._objects = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get objectsInput() {
    return this._objects;
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

  // singleton - computed: false, optional: true, required: false
  private _singleton?: string; 
  public get singleton() {
    return this.getStringAttribute('singleton');
  }
  public set singleton(value: string) {
    this._singleton = value;
  }
  public resetSingleton() {
    this._singleton = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get singletonInput() {
    return this._singleton;
  }
}

export class ConfigurationPassThroughMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: ConfigurationPassThrough } | cdktf.IResolvable

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
  public get(key: string): ConfigurationPassThroughOutputReference {
    return new ConfigurationPassThroughOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface ConfigurationRdpOptionsChannelDatabaseCleanup {
  /**
  * Retention of RDP connection metadata in days; must exceed the archiving retention.
  *
  * Docs: Configuration#days (docs/resources/configuration.md in the sps-iac package)
  */
  readonly days?: number;
  /**
  * Clean up old connection metadata. When true, days is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationRdpOptionsChannelDatabaseCleanupToTerraform(struct?: ConfigurationRdpOptionsChannelDatabaseCleanup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    days: cdktf.numberToTerraform(struct!.days),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationRdpOptionsChannelDatabaseCleanupToHclTerraform(struct?: ConfigurationRdpOptionsChannelDatabaseCleanup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    days: {
      value: cdktf.numberToHclTerraform(struct!.days),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationRdpOptionsChannelDatabaseCleanupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationRdpOptionsChannelDatabaseCleanup | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._days !== undefined) {
      hasAnyValues = true;
      internalValueResult.days = this._days;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationRdpOptionsChannelDatabaseCleanup | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._days = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._days = value.days;
      this._enabled = value.enabled;
    }
  }

  // days - computed: true, optional: true, required: false
  private _days?: number; 
  public get days() {
    return this.getNumberAttribute('days');
  }
  public set days(value: number) {
    this._days = value;
  }
  public resetDays() {
    this._days = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get daysInput() {
    return this._days;
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationRdpOptionsService {
  /**
  * Enable RDP connections.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationRdpOptionsServiceToTerraform(struct?: ConfigurationRdpOptionsService | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationRdpOptionsServiceToHclTerraform(struct?: ConfigurationRdpOptionsService | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationRdpOptionsServiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationRdpOptionsService | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationRdpOptionsService | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
    }
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationRdpOptions {
  /**
  * Cleanup of RDP connection metadata.
  *
  * Docs: Configuration#channel_database_cleanup (docs/resources/configuration.md in the sps-iac package)
  */
  readonly channelDatabaseCleanup: ConfigurationRdpOptionsChannelDatabaseCleanup;
  /**
  * Global switch for RDP connections.
  *
  * Docs: Configuration#service (docs/resources/configuration.md in the sps-iac package)
  */
  readonly service: ConfigurationRdpOptionsService;
}

export function configurationRdpOptionsToTerraform(struct?: ConfigurationRdpOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    channel_database_cleanup: configurationRdpOptionsChannelDatabaseCleanupToTerraform(struct!.channelDatabaseCleanup),
    service: configurationRdpOptionsServiceToTerraform(struct!.service),
  }
}


export function configurationRdpOptionsToHclTerraform(struct?: ConfigurationRdpOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    channel_database_cleanup: {
      value: configurationRdpOptionsChannelDatabaseCleanupToHclTerraform(struct!.channelDatabaseCleanup),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationRdpOptionsChannelDatabaseCleanup",
    },
    service: {
      value: configurationRdpOptionsServiceToHclTerraform(struct!.service),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationRdpOptionsService",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationRdpOptionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationRdpOptions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._channelDatabaseCleanup?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelDatabaseCleanup = this._channelDatabaseCleanup?.internalValue;
    }
    if (this._service?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationRdpOptions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._channelDatabaseCleanup.internalValue = undefined;
      this._service.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._channelDatabaseCleanup.internalValue = value.channelDatabaseCleanup;
      this._service.internalValue = value.service;
    }
  }

  // channel_database_cleanup - computed: false, optional: false, required: true
  private _channelDatabaseCleanup = new ConfigurationRdpOptionsChannelDatabaseCleanupOutputReference(this, "channel_database_cleanup");
  public get channelDatabaseCleanup() {
    return this._channelDatabaseCleanup;
  }
  public putChannelDatabaseCleanup(value: ConfigurationRdpOptionsChannelDatabaseCleanup) {
    this._channelDatabaseCleanup.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelDatabaseCleanupInput() {
    return this._channelDatabaseCleanup.internalValue;
  }

  // service - computed: false, optional: false, required: true
  private _service = new ConfigurationRdpOptionsServiceOutputReference(this, "service");
  public get service() {
    return this._service;
  }
  public putService(value: ConfigurationRdpOptionsService) {
    this._service.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service.internalValue;
  }
}
export interface ConfigurationSplunkForwarderHost {
  /**
  * ip: an IP address; fqdn: a host name. One of: "ip", "fqdn".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The IP address or the host name, as `selection` says.
  *
  * Docs: Configuration#value (docs/resources/configuration.md in the sps-iac package)
  */
  readonly value: string;
}

export function configurationSplunkForwarderHostToTerraform(struct?: ConfigurationSplunkForwarderHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function configurationSplunkForwarderHostToHclTerraform(struct?: ConfigurationSplunkForwarderHost | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSplunkForwarderHostOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSplunkForwarderHost | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSplunkForwarderHost | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._selection = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._selection = value.selection;
      this._value = value.value;
    }
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // value - computed: true, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface ConfigurationSplunkForwarderPamAddress {
  /**
  * ip: an IP address; fqdn: a host name. One of: "ip", "fqdn".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The IP address or the host name, as `selection` says.
  *
  * Docs: Configuration#value (docs/resources/configuration.md in the sps-iac package)
  */
  readonly value: string;
}

export function configurationSplunkForwarderPamAddressToTerraform(struct?: ConfigurationSplunkForwarderPamAddress | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function configurationSplunkForwarderPamAddressToHclTerraform(struct?: ConfigurationSplunkForwarderPamAddress | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSplunkForwarderPamAddressOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSplunkForwarderPamAddress | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSplunkForwarderPamAddress | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._selection = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._selection = value.selection;
      this._value = value.value;
    }
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // value - computed: true, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface ConfigurationSplunkForwarderSsl {
  /**
  * disabled, insecure (no certificate check) or secure. One of: "disabled", "insecure", "secure".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
}

export function configurationSplunkForwarderSslToTerraform(struct?: ConfigurationSplunkForwarderSsl | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
  }
}


export function configurationSplunkForwarderSslToHclTerraform(struct?: ConfigurationSplunkForwarderSsl | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSplunkForwarderSslOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSplunkForwarderSsl | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSplunkForwarderSsl | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._selection = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._selection = value.selection;
    }
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }
}
export interface ConfigurationSplunkForwarder {
  /**
  * Forward session data to Splunk.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * How often buffered events are sent, in seconds. Default: 600.
  *
  * Docs: Configuration#flush_interval (docs/resources/configuration.md in the sps-iac package)
  */
  readonly flushInterval?: number;
  /**
  * The Splunk server receiving the events.
  *
  * Docs: Configuration#host (docs/resources/configuration.md in the sps-iac package)
  */
  readonly host?: ConfigurationSplunkForwarderHost;
  /**
  * The host name SPS reports as the source of the events (default: the SPS host name).
  *
  * Docs: Configuration#pam_address (docs/resources/configuration.md in the sps-iac package)
  */
  readonly pamAddress?: ConfigurationSplunkForwarderPamAddress;
  /**
  * The HTTP Event Collector port of the Splunk server. Default: 8088.
  *
  * Docs: Configuration#port (docs/resources/configuration.md in the sps-iac package)
  */
  readonly port?: number;
  /**
  * TLS towards Splunk. The guide shows "insecure"; the other values mirror the SIEM forwarder (unconfirmed).
  *
  * Docs: Configuration#ssl (docs/resources/configuration.md in the sps-iac package)
  */
  readonly ssl?: ConfigurationSplunkForwarderSsl;
  /**
  * The HTTP Event Collector (HEC) token (empty while unset). Sensitive. Write-only (Terraform ≥ 1.11): never stored in the plan or the state; a change of it shows as a new number in secret_versions. Give it from an ephemeral (or sensitive) variable.
  *
  * Docs: Configuration#token (docs/resources/configuration.md in the sps-iac package)
  */
  readonly token?: string;
}

export function configurationSplunkForwarderToTerraform(struct?: ConfigurationSplunkForwarder | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    flush_interval: cdktf.numberToTerraform(struct!.flushInterval),
    host: configurationSplunkForwarderHostToTerraform(struct!.host),
    pam_address: configurationSplunkForwarderPamAddressToTerraform(struct!.pamAddress),
    port: cdktf.numberToTerraform(struct!.port),
    ssl: configurationSplunkForwarderSslToTerraform(struct!.ssl),
    token: cdktf.stringToTerraform(struct!.token),
  }
}


export function configurationSplunkForwarderToHclTerraform(struct?: ConfigurationSplunkForwarder | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    flush_interval: {
      value: cdktf.numberToHclTerraform(struct!.flushInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    host: {
      value: configurationSplunkForwarderHostToHclTerraform(struct!.host),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSplunkForwarderHost",
    },
    pam_address: {
      value: configurationSplunkForwarderPamAddressToHclTerraform(struct!.pamAddress),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSplunkForwarderPamAddress",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ssl: {
      value: configurationSplunkForwarderSslToHclTerraform(struct!.ssl),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSplunkForwarderSsl",
    },
    token: {
      value: cdktf.stringToHclTerraform(struct!.token),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSplunkForwarderOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSplunkForwarder | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._flushInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.flushInterval = this._flushInterval;
    }
    if (this._host?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.host = this._host?.internalValue;
    }
    if (this._pamAddress?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pamAddress = this._pamAddress?.internalValue;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._ssl?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ssl = this._ssl?.internalValue;
    }
    if (this._token !== undefined) {
      hasAnyValues = true;
      internalValueResult.token = this._token;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSplunkForwarder | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._flushInterval = undefined;
      this._host.internalValue = undefined;
      this._pamAddress.internalValue = undefined;
      this._port = undefined;
      this._ssl.internalValue = undefined;
      this._token = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._flushInterval = value.flushInterval;
      this._host.internalValue = value.host;
      this._pamAddress.internalValue = value.pamAddress;
      this._port = value.port;
      this._ssl.internalValue = value.ssl;
      this._token = value.token;
    }
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // flush_interval - computed: true, optional: true, required: false
  private _flushInterval?: number; 
  public get flushInterval() {
    return this.getNumberAttribute('flush_interval');
  }
  public set flushInterval(value: number) {
    this._flushInterval = value;
  }
  public resetFlushInterval() {
    this._flushInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get flushIntervalInput() {
    return this._flushInterval;
  }

  // host - computed: true, optional: true, required: false
  private _host = new ConfigurationSplunkForwarderHostOutputReference(this, "host");
  public get host() {
    return this._host;
  }
  public putHost(value: ConfigurationSplunkForwarderHost) {
    this._host.internalValue = value;
  }
  public resetHost() {
    this._host.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host.internalValue;
  }

  // pam_address - computed: true, optional: true, required: false
  private _pamAddress = new ConfigurationSplunkForwarderPamAddressOutputReference(this, "pam_address");
  public get pamAddress() {
    return this._pamAddress;
  }
  public putPamAddress(value: ConfigurationSplunkForwarderPamAddress) {
    this._pamAddress.internalValue = value;
  }
  public resetPamAddress() {
    this._pamAddress.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pamAddressInput() {
    return this._pamAddress.internalValue;
  }

  // port - computed: true, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // ssl - computed: true, optional: true, required: false
  private _ssl = new ConfigurationSplunkForwarderSslOutputReference(this, "ssl");
  public get ssl() {
    return this._ssl;
  }
  public putSsl(value: ConfigurationSplunkForwarderSsl) {
    this._ssl.internalValue = value;
  }
  public resetSsl() {
    this._ssl.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslInput() {
    return this._ssl.internalValue;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this.getStringAttribute('token');
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }
}
export interface ConfigurationSshOptionsAuditCleanup {
  /**
  * Days after which connection metadata is deleted; must exceed the archiving retention.
  *
  * Docs: Configuration#channel_database_cleanup_days (docs/resources/configuration.md in the sps-iac package)
  */
  readonly channelDatabaseCleanupDays?: number;
  /**
  * Clean up old connection metadata. When true, channel_database_cleanup_days is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationSshOptionsAuditCleanupToTerraform(struct?: ConfigurationSshOptionsAuditCleanup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    channel_database_cleanup_days: cdktf.numberToTerraform(struct!.channelDatabaseCleanupDays),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationSshOptionsAuditCleanupToHclTerraform(struct?: ConfigurationSshOptionsAuditCleanup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    channel_database_cleanup_days: {
      value: cdktf.numberToHclTerraform(struct!.channelDatabaseCleanupDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSshOptionsAuditCleanupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSshOptionsAuditCleanup | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._channelDatabaseCleanupDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelDatabaseCleanupDays = this._channelDatabaseCleanupDays;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSshOptionsAuditCleanup | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._channelDatabaseCleanupDays = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._channelDatabaseCleanupDays = value.channelDatabaseCleanupDays;
      this._enabled = value.enabled;
    }
  }

  // channel_database_cleanup_days - computed: true, optional: true, required: false
  private _channelDatabaseCleanupDays?: number; 
  public get channelDatabaseCleanupDays() {
    return this.getNumberAttribute('channel_database_cleanup_days');
  }
  public set channelDatabaseCleanupDays(value: number) {
    this._channelDatabaseCleanupDays = value;
  }
  public resetChannelDatabaseCleanupDays() {
    this._channelDatabaseCleanupDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get channelDatabaseCleanupDaysInput() {
    return this._channelDatabaseCleanupDays;
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationSshOptionsAuditTimestampingOid {
  /**
  * Request a specific timestamping policy. When true, policy_oid is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * The OID of the timestamping policy, e.g. 1.2.3.
  *
  * Docs: Configuration#policy_oid (docs/resources/configuration.md in the sps-iac package)
  */
  readonly policyOid?: string;
}

export function configurationSshOptionsAuditTimestampingOidToTerraform(struct?: ConfigurationSshOptionsAuditTimestampingOid | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    policy_oid: cdktf.stringToTerraform(struct!.policyOid),
  }
}


export function configurationSshOptionsAuditTimestampingOidToHclTerraform(struct?: ConfigurationSshOptionsAuditTimestampingOid | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    policy_oid: {
      value: cdktf.stringToHclTerraform(struct!.policyOid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSshOptionsAuditTimestampingOidOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSshOptionsAuditTimestampingOid | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._policyOid !== undefined) {
      hasAnyValues = true;
      internalValueResult.policyOid = this._policyOid;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSshOptionsAuditTimestampingOid | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._policyOid = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._policyOid = value.policyOid;
    }
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // policy_oid - computed: true, optional: true, required: false
  private _policyOid?: string; 
  public get policyOid() {
    return this.getStringAttribute('policy_oid');
  }
  public set policyOid(value: string) {
    this._policyOid = value;
  }
  public resetPolicyOid() {
    this._policyOid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyOidInput() {
    return this._policyOid;
  }
}
export interface ConfigurationSshOptionsAuditTimestamping {
  /**
  * The timestamping policy requested from the remote server (remote only).
  *
  * Docs: Configuration#oid (docs/resources/configuration.md in the sps-iac package)
  */
  readonly oid?: ConfigurationSshOptionsAuditTimestampingOid;
  /**
  * local: SPS timestamps; remote: a timestamping server (server_url). One of: "local", "remote".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The URL of the remote timestamping server (remote only).
  *
  * Docs: Configuration#server_url (docs/resources/configuration.md in the sps-iac package)
  */
  readonly serverUrl?: string;
  /**
  * Seconds between timestamps.
  *
  * Docs: Configuration#signing_interval (docs/resources/configuration.md in the sps-iac package)
  */
  readonly signingInterval: number;
}

export function configurationSshOptionsAuditTimestampingToTerraform(struct?: ConfigurationSshOptionsAuditTimestamping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    oid: configurationSshOptionsAuditTimestampingOidToTerraform(struct!.oid),
    selection: cdktf.stringToTerraform(struct!.selection),
    server_url: cdktf.stringToTerraform(struct!.serverUrl),
    signing_interval: cdktf.numberToTerraform(struct!.signingInterval),
  }
}


export function configurationSshOptionsAuditTimestampingToHclTerraform(struct?: ConfigurationSshOptionsAuditTimestamping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    oid: {
      value: configurationSshOptionsAuditTimestampingOidToHclTerraform(struct!.oid),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSshOptionsAuditTimestampingOid",
    },
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server_url: {
      value: cdktf.stringToHclTerraform(struct!.serverUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    signing_interval: {
      value: cdktf.numberToHclTerraform(struct!.signingInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSshOptionsAuditTimestampingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSshOptionsAuditTimestamping | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._oid?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.oid = this._oid?.internalValue;
    }
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._serverUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.serverUrl = this._serverUrl;
    }
    if (this._signingInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.signingInterval = this._signingInterval;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSshOptionsAuditTimestamping | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._oid.internalValue = undefined;
      this._selection = undefined;
      this._serverUrl = undefined;
      this._signingInterval = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._oid.internalValue = value.oid;
      this._selection = value.selection;
      this._serverUrl = value.serverUrl;
      this._signingInterval = value.signingInterval;
    }
  }

  // oid - computed: true, optional: true, required: false
  private _oid = new ConfigurationSshOptionsAuditTimestampingOidOutputReference(this, "oid");
  public get oid() {
    return this._oid;
  }
  public putOid(value: ConfigurationSshOptionsAuditTimestampingOid) {
    this._oid.internalValue = value;
  }
  public resetOid() {
    this._oid.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidInput() {
    return this._oid.internalValue;
  }

  // selection - computed: false, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // server_url - computed: true, optional: true, required: false
  private _serverUrl?: string; 
  public get serverUrl() {
    return this.getStringAttribute('server_url');
  }
  public set serverUrl(value: string) {
    this._serverUrl = value;
  }
  public resetServerUrl() {
    this._serverUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverUrlInput() {
    return this._serverUrl;
  }

  // signing_interval - computed: false, optional: false, required: true
  private _signingInterval?: number; 
  public get signingInterval() {
    return this.getNumberAttribute('signing_interval');
  }
  public set signingInterval(value: number) {
    this._signingInterval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get signingIntervalInput() {
    return this._signingInterval;
  }
}
export interface ConfigurationSshOptionsAudit {
  /**
  * Cleanup of the connection (channel) database.
  *
  * Docs: Configuration#cleanup (docs/resources/configuration.md in the sps-iac package)
  */
  readonly cleanup: ConfigurationSshOptionsAuditCleanup;
  /**
  * Audit trail timestamping: by SPS itself (local) or by a remote timestamping server.
  *
  * Docs: Configuration#timestamping (docs/resources/configuration.md in the sps-iac package)
  */
  readonly timestamping: ConfigurationSshOptionsAuditTimestamping;
}

export function configurationSshOptionsAuditToTerraform(struct?: ConfigurationSshOptionsAudit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cleanup: configurationSshOptionsAuditCleanupToTerraform(struct!.cleanup),
    timestamping: configurationSshOptionsAuditTimestampingToTerraform(struct!.timestamping),
  }
}


export function configurationSshOptionsAuditToHclTerraform(struct?: ConfigurationSshOptionsAudit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cleanup: {
      value: configurationSshOptionsAuditCleanupToHclTerraform(struct!.cleanup),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSshOptionsAuditCleanup",
    },
    timestamping: {
      value: configurationSshOptionsAuditTimestampingToHclTerraform(struct!.timestamping),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSshOptionsAuditTimestamping",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSshOptionsAuditOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSshOptionsAudit | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cleanup?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cleanup = this._cleanup?.internalValue;
    }
    if (this._timestamping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestamping = this._timestamping?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSshOptionsAudit | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cleanup.internalValue = undefined;
      this._timestamping.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cleanup.internalValue = value.cleanup;
      this._timestamping.internalValue = value.timestamping;
    }
  }

  // cleanup - computed: false, optional: false, required: true
  private _cleanup = new ConfigurationSshOptionsAuditCleanupOutputReference(this, "cleanup");
  public get cleanup() {
    return this._cleanup;
  }
  public putCleanup(value: ConfigurationSshOptionsAuditCleanup) {
    this._cleanup.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cleanupInput() {
    return this._cleanup.internalValue;
  }

  // timestamping - computed: false, optional: false, required: true
  private _timestamping = new ConfigurationSshOptionsAuditTimestampingOutputReference(this, "timestamping");
  public get timestamping() {
    return this._timestamping;
  }
  public putTimestamping(value: ConfigurationSshOptionsAuditTimestamping) {
    this._timestamping.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampingInput() {
    return this._timestamping.internalValue;
  }
}
export interface ConfigurationSshOptionsGssapi {
  /**
  * Enable GSSAPI.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationSshOptionsGssapiToTerraform(struct?: ConfigurationSshOptionsGssapi | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationSshOptionsGssapiToHclTerraform(struct?: ConfigurationSshOptionsGssapi | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSshOptionsGssapiOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSshOptionsGssapi | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSshOptionsGssapi | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
    }
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationSshOptionsService {
  /**
  * Enable SSH connections.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * The logging detail of the connections.
  *
  * Docs: Configuration#log_level (docs/resources/configuration.md in the sps-iac package)
  */
  readonly logLevel: number;
}

export function configurationSshOptionsServiceToTerraform(struct?: ConfigurationSshOptionsService | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    log_level: cdktf.numberToTerraform(struct!.logLevel),
  }
}


export function configurationSshOptionsServiceToHclTerraform(struct?: ConfigurationSshOptionsService | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    log_level: {
      value: cdktf.numberToHclTerraform(struct!.logLevel),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSshOptionsServiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSshOptionsService | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._logLevel !== undefined) {
      hasAnyValues = true;
      internalValueResult.logLevel = this._logLevel;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSshOptionsService | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._logLevel = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._logLevel = value.logLevel;
    }
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // log_level - computed: false, optional: false, required: true
  private _logLevel?: number; 
  public get logLevel() {
    return this.getNumberAttribute('log_level');
  }
  public set logLevel(value: number) {
    this._logLevel = value;
  }
  // Temporarily expose input value. Use with caution.
  public get logLevelInput() {
    return this._logLevel;
  }
}
export interface ConfigurationSshOptions {
  /**
  * Timestamping and channel database cleanup for SSH connections.
  *
  * Docs: Configuration#audit (docs/resources/configuration.md in the sps-iac package)
  */
  readonly audit: ConfigurationSshOptionsAudit;
  /**
  * GSSAPI (Kerberos) authentication.
  *
  * Docs: Configuration#gssapi (docs/resources/configuration.md in the sps-iac package)
  */
  readonly gssapi: ConfigurationSshOptionsGssapi;
  /**
  * Global switch for SSH connections and their logging detail.
  *
  * Docs: Configuration#service (docs/resources/configuration.md in the sps-iac package)
  */
  readonly service: ConfigurationSshOptionsService;
}

export function configurationSshOptionsToTerraform(struct?: ConfigurationSshOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    audit: configurationSshOptionsAuditToTerraform(struct!.audit),
    gssapi: configurationSshOptionsGssapiToTerraform(struct!.gssapi),
    service: configurationSshOptionsServiceToTerraform(struct!.service),
  }
}


export function configurationSshOptionsToHclTerraform(struct?: ConfigurationSshOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    audit: {
      value: configurationSshOptionsAuditToHclTerraform(struct!.audit),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSshOptionsAudit",
    },
    gssapi: {
      value: configurationSshOptionsGssapiToHclTerraform(struct!.gssapi),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSshOptionsGssapi",
    },
    service: {
      value: configurationSshOptionsServiceToHclTerraform(struct!.service),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationSshOptionsService",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSshOptionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSshOptions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._audit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.audit = this._audit?.internalValue;
    }
    if (this._gssapi?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.gssapi = this._gssapi?.internalValue;
    }
    if (this._service?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSshOptions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._audit.internalValue = undefined;
      this._gssapi.internalValue = undefined;
      this._service.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._audit.internalValue = value.audit;
      this._gssapi.internalValue = value.gssapi;
      this._service.internalValue = value.service;
    }
  }

  // audit - computed: false, optional: false, required: true
  private _audit = new ConfigurationSshOptionsAuditOutputReference(this, "audit");
  public get audit() {
    return this._audit;
  }
  public putAudit(value: ConfigurationSshOptionsAudit) {
    this._audit.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get auditInput() {
    return this._audit.internalValue;
  }

  // gssapi - computed: false, optional: false, required: true
  private _gssapi = new ConfigurationSshOptionsGssapiOutputReference(this, "gssapi");
  public get gssapi() {
    return this._gssapi;
  }
  public putGssapi(value: ConfigurationSshOptionsGssapi) {
    this._gssapi.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gssapiInput() {
    return this._gssapi.internalValue;
  }

  // service - computed: false, optional: false, required: true
  private _service = new ConfigurationSshOptionsServiceOutputReference(this, "service");
  public get service() {
    return this._service;
  }
  public putService(value: ConfigurationSshOptionsService) {
    this._service.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service.internalValue;
  }
}
export interface ConfigurationSystemBackup {
  /**
  * The backup policy used for system backups, or null. Written as the name of the backup policy.
  *
  * Docs: Configuration#backup_policy (docs/resources/configuration.md in the sps-iac package)
  */
  readonly backupPolicy: string;
}

export function configurationSystemBackupToTerraform(struct?: ConfigurationSystemBackup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    backup_policy: cdktf.stringToTerraform(struct!.backupPolicy),
  }
}


export function configurationSystemBackupToHclTerraform(struct?: ConfigurationSystemBackup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    backup_policy: {
      value: cdktf.stringToHclTerraform(struct!.backupPolicy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationSystemBackupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationSystemBackup | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backupPolicy !== undefined) {
      hasAnyValues = true;
      internalValueResult.backupPolicy = this._backupPolicy;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationSystemBackup | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backupPolicy = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backupPolicy = value.backupPolicy;
    }
  }

  // backup_policy - computed: false, optional: false, required: true
  private _backupPolicy?: string; 
  public get backupPolicy() {
    return this.getStringAttribute('backup_policy');
  }
  public set backupPolicy(value: string) {
    this._backupPolicy = value;
  }
  // Temporarily expose input value. Use with caution.
  public get backupPolicyInput() {
    return this._backupPolicy;
  }
}
export interface ConfigurationTimePolicies {
  /**
  * The intervals of Friday when users may access the connection, each [from, to]; an empty list: no access that day.
  *
  * Docs: Configuration#Fri (docs/resources/configuration.md in the sps-iac package)
  */
  readonly fri?: string[][] | cdktf.IResolvable;
  /**
  * The intervals of Monday when users may access the connection, each [from, to]; an empty list: no access that day.
  *
  * Docs: Configuration#Mon (docs/resources/configuration.md in the sps-iac package)
  */
  readonly mon?: string[][] | cdktf.IResolvable;
  /**
  * The intervals of Saturday when users may access the connection, each [from, to]; an empty list: no access that day.
  *
  * Docs: Configuration#Sat (docs/resources/configuration.md in the sps-iac package)
  */
  readonly sat?: string[][] | cdktf.IResolvable;
  /**
  * The intervals of Sunday when users may access the connection, each [from, to]; an empty list: no access that day.
  *
  * Docs: Configuration#Sun (docs/resources/configuration.md in the sps-iac package)
  */
  readonly sun?: string[][] | cdktf.IResolvable;
  /**
  * The intervals of Thursday when users may access the connection, each [from, to]; an empty list: no access that day.
  *
  * Docs: Configuration#Thu (docs/resources/configuration.md in the sps-iac package)
  */
  readonly thu?: string[][] | cdktf.IResolvable;
  /**
  * The intervals of Tuesday when users may access the connection, each [from, to]; an empty list: no access that day.
  *
  * Docs: Configuration#Tue (docs/resources/configuration.md in the sps-iac package)
  */
  readonly tue?: string[][] | cdktf.IResolvable;
  /**
  * The intervals of Wednesday when users may access the connection, each [from, to]; an empty list: no access that day.
  *
  * Docs: Configuration#Wed (docs/resources/configuration.md in the sps-iac package)
  */
  readonly wed?: string[][] | cdktf.IResolvable;
}

export function configurationTimePoliciesToTerraform(struct?: ConfigurationTimePolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    Fri: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(struct!.fri),
    Mon: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(struct!.mon),
    Sat: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(struct!.sat),
    Sun: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(struct!.sun),
    Thu: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(struct!.thu),
    Tue: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(struct!.tue),
    Wed: cdktf.listMapper(cdktf.listMapper(cdktf.stringToTerraform, false), false)(struct!.wed),
  }
}


export function configurationTimePoliciesToHclTerraform(struct?: ConfigurationTimePolicies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    Fri: {
      value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(struct!.fri),
      isBlock: false,
      type: "list",
      storageClassType: "stringListList",
    },
    Mon: {
      value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(struct!.mon),
      isBlock: false,
      type: "list",
      storageClassType: "stringListList",
    },
    Sat: {
      value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(struct!.sat),
      isBlock: false,
      type: "list",
      storageClassType: "stringListList",
    },
    Sun: {
      value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(struct!.sun),
      isBlock: false,
      type: "list",
      storageClassType: "stringListList",
    },
    Thu: {
      value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(struct!.thu),
      isBlock: false,
      type: "list",
      storageClassType: "stringListList",
    },
    Tue: {
      value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(struct!.tue),
      isBlock: false,
      type: "list",
      storageClassType: "stringListList",
    },
    Wed: {
      value: cdktf.listMapperHcl(cdktf.listMapperHcl(cdktf.stringToHclTerraform, false), false)(struct!.wed),
      isBlock: false,
      type: "list",
      storageClassType: "stringListList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationTimePoliciesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ConfigurationTimePolicies | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fri !== undefined) {
      hasAnyValues = true;
      internalValueResult.fri = this._fri;
    }
    if (this._mon !== undefined) {
      hasAnyValues = true;
      internalValueResult.mon = this._mon;
    }
    if (this._sat !== undefined) {
      hasAnyValues = true;
      internalValueResult.sat = this._sat;
    }
    if (this._sun !== undefined) {
      hasAnyValues = true;
      internalValueResult.sun = this._sun;
    }
    if (this._thu !== undefined) {
      hasAnyValues = true;
      internalValueResult.thu = this._thu;
    }
    if (this._tue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tue = this._tue;
    }
    if (this._wed !== undefined) {
      hasAnyValues = true;
      internalValueResult.wed = this._wed;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationTimePolicies | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fri = undefined;
      this._mon = undefined;
      this._sat = undefined;
      this._sun = undefined;
      this._thu = undefined;
      this._tue = undefined;
      this._wed = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fri = value.fri;
      this._mon = value.mon;
      this._sat = value.sat;
      this._sun = value.sun;
      this._thu = value.thu;
      this._tue = value.tue;
      this._wed = value.wed;
    }
  }

  // Fri - computed: true, optional: true, required: false
  private _fri?: string[][] | cdktf.IResolvable; 
  public get fri() {
    return this.interpolationForAttribute('Fri');
  }
  public set fri(value: string[][] | cdktf.IResolvable) {
    this._fri = value;
  }
  public resetFri() {
    this._fri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get friInput() {
    return this._fri;
  }

  // Mon - computed: true, optional: true, required: false
  private _mon?: string[][] | cdktf.IResolvable; 
  public get mon() {
    return this.interpolationForAttribute('Mon');
  }
  public set mon(value: string[][] | cdktf.IResolvable) {
    this._mon = value;
  }
  public resetMon() {
    this._mon = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monInput() {
    return this._mon;
  }

  // Sat - computed: true, optional: true, required: false
  private _sat?: string[][] | cdktf.IResolvable; 
  public get sat() {
    return this.interpolationForAttribute('Sat');
  }
  public set sat(value: string[][] | cdktf.IResolvable) {
    this._sat = value;
  }
  public resetSat() {
    this._sat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get satInput() {
    return this._sat;
  }

  // Sun - computed: true, optional: true, required: false
  private _sun?: string[][] | cdktf.IResolvable; 
  public get sun() {
    return this.interpolationForAttribute('Sun');
  }
  public set sun(value: string[][] | cdktf.IResolvable) {
    this._sun = value;
  }
  public resetSun() {
    this._sun = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sunInput() {
    return this._sun;
  }

  // Thu - computed: true, optional: true, required: false
  private _thu?: string[][] | cdktf.IResolvable; 
  public get thu() {
    return this.interpolationForAttribute('Thu');
  }
  public set thu(value: string[][] | cdktf.IResolvable) {
    this._thu = value;
  }
  public resetThu() {
    this._thu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thuInput() {
    return this._thu;
  }

  // Tue - computed: true, optional: true, required: false
  private _tue?: string[][] | cdktf.IResolvable; 
  public get tue() {
    return this.interpolationForAttribute('Tue');
  }
  public set tue(value: string[][] | cdktf.IResolvable) {
    this._tue = value;
  }
  public resetTue() {
    this._tue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tueInput() {
    return this._tue;
  }

  // Wed - computed: true, optional: true, required: false
  private _wed?: string[][] | cdktf.IResolvable; 
  public get wed() {
    return this.interpolationForAttribute('Wed');
  }
  public set wed(value: string[][] | cdktf.IResolvable) {
    this._wed = value;
  }
  public resetWed() {
    this._wed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wedInput() {
    return this._wed;
  }
}

export class ConfigurationTimePoliciesMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: ConfigurationTimePolicies } | cdktf.IResolvable

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
  public get(key: string): ConfigurationTimePoliciesOutputReference {
    return new ConfigurationTimePoliciesOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress {
  /**
  * ip: an IP address; fqdn: a host name. One of: "ip", "fqdn".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The IP address or the host name, as `selection` says.
  *
  * Docs: Configuration#value (docs/resources/configuration.md in the sps-iac package)
  */
  readonly value: string;
}

export function configurationUniversalSiemForwarderTargetsProtocolValueAddressToTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function configurationUniversalSiemForwarderTargetsProtocolValueAddressToHclTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationUniversalSiemForwarderTargetsProtocolValueAddressOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._selection = undefined;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._selection = value.selection;
      this._value = value.value;
    }
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // value - computed: true, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface ConfigurationUniversalSiemForwarderTargetsProtocolValueTls {
  /**
  * disabled; insecure: TLS without certificate check; secure: TLS validated with a trusted CA list. One of: "disabled", "insecure", "secure".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The trusted CA list that validates the SIEM certificate (required when selection is "secure"). Written as the name of the trusted CA list.
  *
  * Docs: Configuration#trusted_ca_list_ref (docs/resources/configuration.md in the sps-iac package)
  */
  readonly trustedCaListRef?: string;
}

export function configurationUniversalSiemForwarderTargetsProtocolValueTlsToTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocolValueTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
    trusted_ca_list_ref: cdktf.stringToTerraform(struct!.trustedCaListRef),
  }
}


export function configurationUniversalSiemForwarderTargetsProtocolValueTlsToHclTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocolValueTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    trusted_ca_list_ref: {
      value: cdktf.stringToHclTerraform(struct!.trustedCaListRef),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationUniversalSiemForwarderTargetsProtocolValueTlsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationUniversalSiemForwarderTargetsProtocolValueTls | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._trustedCaListRef !== undefined) {
      hasAnyValues = true;
      internalValueResult.trustedCaListRef = this._trustedCaListRef;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationUniversalSiemForwarderTargetsProtocolValueTls | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._selection = undefined;
      this._trustedCaListRef = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._selection = value.selection;
      this._trustedCaListRef = value.trustedCaListRef;
    }
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // trusted_ca_list_ref - computed: true, optional: true, required: false
  private _trustedCaListRef?: string; 
  public get trustedCaListRef() {
    return this.getStringAttribute('trusted_ca_list_ref');
  }
  public set trustedCaListRef(value: string) {
    this._trustedCaListRef = value;
  }
  public resetTrustedCaListRef() {
    this._trustedCaListRef = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get trustedCaListRefInput() {
    return this._trustedCaListRef;
  }
}
export interface ConfigurationUniversalSiemForwarderTargetsProtocolValue {
  /**
  * The address of the SIEM.
  *
  * Docs: Configuration#address (docs/resources/configuration.md in the sps-iac package)
  */
  readonly address: ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress;
  /**
  * The port of the SIEM.
  *
  * Docs: Configuration#port (docs/resources/configuration.md in the sps-iac package)
  */
  readonly port: number;
  /**
  * Transport security towards the SIEM.
  *
  * Docs: Configuration#tls (docs/resources/configuration.md in the sps-iac package)
  */
  readonly tls: ConfigurationUniversalSiemForwarderTargetsProtocolValueTls;
}

export function configurationUniversalSiemForwarderTargetsProtocolValueToTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocolValue): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: configurationUniversalSiemForwarderTargetsProtocolValueAddressToTerraform(struct!.address),
    port: cdktf.numberToTerraform(struct!.port),
    tls: configurationUniversalSiemForwarderTargetsProtocolValueTlsToTerraform(struct!.tls),
  }
}


export function configurationUniversalSiemForwarderTargetsProtocolValueToHclTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocolValue): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: configurationUniversalSiemForwarderTargetsProtocolValueAddressToHclTerraform(struct!.address),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    tls: {
      value: configurationUniversalSiemForwarderTargetsProtocolValueTlsToHclTerraform(struct!.tls),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationUniversalSiemForwarderTargetsProtocolValueTls",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationUniversalSiemForwarderTargetsProtocolValueOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationUniversalSiemForwarderTargetsProtocolValue | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address?.internalValue;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._tls?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tls = this._tls?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationUniversalSiemForwarderTargetsProtocolValue | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address.internalValue = undefined;
      this._port = undefined;
      this._tls.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address.internalValue = value.address;
      this._port = value.port;
      this._tls.internalValue = value.tls;
    }
  }

  // address - computed: true, optional: false, required: true
  private _address = new ConfigurationUniversalSiemForwarderTargetsProtocolValueAddressOutputReference(this, "address");
  public get address() {
    return this._address;
  }
  public putAddress(value: ConfigurationUniversalSiemForwarderTargetsProtocolValueAddress) {
    this._address.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address.internalValue;
  }

  // port - computed: true, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // tls - computed: true, optional: false, required: true
  private _tls = new ConfigurationUniversalSiemForwarderTargetsProtocolValueTlsOutputReference(this, "tls");
  public get tls() {
    return this._tls;
  }
  public putTls(value: ConfigurationUniversalSiemForwarderTargetsProtocolValueTls) {
    this._tls.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsInput() {
    return this._tls.internalValue;
  }
}
export interface ConfigurationUniversalSiemForwarderTargetsProtocol {
  /**
  * Must be "syslog". One of: "syslog".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The address and TLS settings of the SIEM.
  *
  * Docs: Configuration#value (docs/resources/configuration.md in the sps-iac package)
  */
  readonly value: ConfigurationUniversalSiemForwarderTargetsProtocolValue;
}

export function configurationUniversalSiemForwarderTargetsProtocolToTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocol): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    selection: cdktf.stringToTerraform(struct!.selection),
    value: configurationUniversalSiemForwarderTargetsProtocolValueToTerraform(struct!.value),
  }
}


export function configurationUniversalSiemForwarderTargetsProtocolToHclTerraform(struct?: ConfigurationUniversalSiemForwarderTargetsProtocol): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: configurationUniversalSiemForwarderTargetsProtocolValueToHclTerraform(struct!.value),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationUniversalSiemForwarderTargetsProtocolValue",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationUniversalSiemForwarderTargetsProtocolOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationUniversalSiemForwarderTargetsProtocol | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._value?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationUniversalSiemForwarderTargetsProtocol | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._selection = undefined;
      this._value.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._selection = value.selection;
      this._value.internalValue = value.value;
    }
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // value - computed: true, optional: false, required: true
  private _value = new ConfigurationUniversalSiemForwarderTargetsProtocolValueOutputReference(this, "value");
  public get value() {
    return this._value;
  }
  public putValue(value: ConfigurationUniversalSiemForwarderTargetsProtocolValue) {
    this._value.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value.internalValue;
  }
}
export interface ConfigurationUniversalSiemForwarderTargets {
  /**
  * The format of the message body: CEF, JSON or JSON-CIM. One of: "cef", "json", "json_cim".
  *
  * Docs: Configuration#format (docs/resources/configuration.md in the sps-iac package)
  */
  readonly format: string;
  /**
  * The name of the SIEM target.
  *
  * Docs: Configuration#name (docs/resources/configuration.md in the sps-iac package)
  */
  readonly name: string;
  /**
  * How the SIEM is reached.
  *
  * Docs: Configuration#protocol (docs/resources/configuration.md in the sps-iac package)
  */
  readonly protocol: ConfigurationUniversalSiemForwarderTargetsProtocol;
}

export function configurationUniversalSiemForwarderTargetsToTerraform(struct?: ConfigurationUniversalSiemForwarderTargets | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    format: cdktf.stringToTerraform(struct!.format),
    name: cdktf.stringToTerraform(struct!.name),
    protocol: configurationUniversalSiemForwarderTargetsProtocolToTerraform(struct!.protocol),
  }
}


export function configurationUniversalSiemForwarderTargetsToHclTerraform(struct?: ConfigurationUniversalSiemForwarderTargets | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    format: {
      value: cdktf.stringToHclTerraform(struct!.format),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    protocol: {
      value: configurationUniversalSiemForwarderTargetsProtocolToHclTerraform(struct!.protocol),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationUniversalSiemForwarderTargetsProtocol",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationUniversalSiemForwarderTargetsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ConfigurationUniversalSiemForwarderTargets | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._format !== undefined) {
      hasAnyValues = true;
      internalValueResult.format = this._format;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._protocol?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocol = this._protocol?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationUniversalSiemForwarderTargets | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._format = undefined;
      this._name = undefined;
      this._protocol.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._format = value.format;
      this._name = value.name;
      this._protocol.internalValue = value.protocol;
    }
  }

  // format - computed: true, optional: false, required: true
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // name - computed: true, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // protocol - computed: true, optional: false, required: true
  private _protocol = new ConfigurationUniversalSiemForwarderTargetsProtocolOutputReference(this, "protocol");
  public get protocol() {
    return this._protocol;
  }
  public putProtocol(value: ConfigurationUniversalSiemForwarderTargetsProtocol) {
    this._protocol.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol.internalValue;
  }
}

export class ConfigurationUniversalSiemForwarderTargetsList extends cdktf.ComplexList {
  public internalValue? : ConfigurationUniversalSiemForwarderTargets[] | cdktf.IResolvable

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
  public get(index: number): ConfigurationUniversalSiemForwarderTargetsOutputReference {
    return new ConfigurationUniversalSiemForwarderTargetsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ConfigurationUniversalSiemForwarder {
  /**
  * Forward session data to the targets.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * A prefix added to every JSON key (JSON format only), e.g. "sps_". Default: "".
  *
  * Docs: Configuration#prefix (docs/resources/configuration.md in the sps-iac package)
  */
  readonly prefix?: string;
  /**
  * The SIEM targets.
  *
  * Docs: Configuration#targets (docs/resources/configuration.md in the sps-iac package)
  */
  readonly targets?: ConfigurationUniversalSiemForwarderTargets[] | cdktf.IResolvable;
}

export function configurationUniversalSiemForwarderToTerraform(struct?: ConfigurationUniversalSiemForwarder | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    prefix: cdktf.stringToTerraform(struct!.prefix),
    targets: cdktf.listMapper(configurationUniversalSiemForwarderTargetsToTerraform, false)(struct!.targets),
  }
}


export function configurationUniversalSiemForwarderToHclTerraform(struct?: ConfigurationUniversalSiemForwarder | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    prefix: {
      value: cdktf.stringToHclTerraform(struct!.prefix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    targets: {
      value: cdktf.listMapperHcl(configurationUniversalSiemForwarderTargetsToHclTerraform, false)(struct!.targets),
      isBlock: true,
      type: "list",
      storageClassType: "ConfigurationUniversalSiemForwarderTargetsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationUniversalSiemForwarderOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationUniversalSiemForwarder | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
    }
    if (this._targets?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.targets = this._targets?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationUniversalSiemForwarder | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._prefix = undefined;
      this._targets.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._prefix = value.prefix;
      this._targets.internalValue = value.targets;
    }
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // prefix - computed: true, optional: true, required: false
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  public resetPrefix() {
    this._prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }

  // targets - computed: true, optional: true, required: false
  private _targets = new ConfigurationUniversalSiemForwarderTargetsList(this, "targets", false);
  public get targets() {
    return this._targets;
  }
  public putTargets(value: ConfigurationUniversalSiemForwarderTargets[] | cdktf.IResolvable) {
    this._targets.internalValue = value;
  }
  public resetTargets() {
    this._targets.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetsInput() {
    return this._targets.internalValue;
  }
}
export interface ConfigurationVncOptionsAuditCleanup {
  /**
  * Days after which connection metadata is deleted; must exceed the archiving retention.
  *
  * Docs: Configuration#channel_database_cleanup_days (docs/resources/configuration.md in the sps-iac package)
  */
  readonly channelDatabaseCleanupDays?: number;
  /**
  * Clean up old connection metadata. When true, channel_database_cleanup_days is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationVncOptionsAuditCleanupToTerraform(struct?: ConfigurationVncOptionsAuditCleanup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    channel_database_cleanup_days: cdktf.numberToTerraform(struct!.channelDatabaseCleanupDays),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationVncOptionsAuditCleanupToHclTerraform(struct?: ConfigurationVncOptionsAuditCleanup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    channel_database_cleanup_days: {
      value: cdktf.numberToHclTerraform(struct!.channelDatabaseCleanupDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationVncOptionsAuditCleanupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationVncOptionsAuditCleanup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._channelDatabaseCleanupDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelDatabaseCleanupDays = this._channelDatabaseCleanupDays;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationVncOptionsAuditCleanup | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._channelDatabaseCleanupDays = undefined;
      this._enabled = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._channelDatabaseCleanupDays = value.channelDatabaseCleanupDays;
      this._enabled = value.enabled;
    }
  }

  // channel_database_cleanup_days - computed: true, optional: true, required: false
  private _channelDatabaseCleanupDays?: number; 
  public get channelDatabaseCleanupDays() {
    return this.getNumberAttribute('channel_database_cleanup_days');
  }
  public set channelDatabaseCleanupDays(value: number) {
    this._channelDatabaseCleanupDays = value;
  }
  public resetChannelDatabaseCleanupDays() {
    this._channelDatabaseCleanupDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get channelDatabaseCleanupDaysInput() {
    return this._channelDatabaseCleanupDays;
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationVncOptionsAuditTimestampingOid {
  /**
  * Request a specific timestamping policy. When true, policy_oid is required.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * The OID of the timestamping policy, e.g. 1.2.3.
  *
  * Docs: Configuration#policy_oid (docs/resources/configuration.md in the sps-iac package)
  */
  readonly policyOid?: string;
}

export function configurationVncOptionsAuditTimestampingOidToTerraform(struct?: ConfigurationVncOptionsAuditTimestampingOid | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    policy_oid: cdktf.stringToTerraform(struct!.policyOid),
  }
}


export function configurationVncOptionsAuditTimestampingOidToHclTerraform(struct?: ConfigurationVncOptionsAuditTimestampingOid | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    policy_oid: {
      value: cdktf.stringToHclTerraform(struct!.policyOid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationVncOptionsAuditTimestampingOidOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationVncOptionsAuditTimestampingOid | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._policyOid !== undefined) {
      hasAnyValues = true;
      internalValueResult.policyOid = this._policyOid;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationVncOptionsAuditTimestampingOid | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._policyOid = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._policyOid = value.policyOid;
    }
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // policy_oid - computed: true, optional: true, required: false
  private _policyOid?: string; 
  public get policyOid() {
    return this.getStringAttribute('policy_oid');
  }
  public set policyOid(value: string) {
    this._policyOid = value;
  }
  public resetPolicyOid() {
    this._policyOid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyOidInput() {
    return this._policyOid;
  }
}
export interface ConfigurationVncOptionsAuditTimestamping {
  /**
  * The timestamping policy requested from the remote server (remote only).
  *
  * Docs: Configuration#oid (docs/resources/configuration.md in the sps-iac package)
  */
  readonly oid?: ConfigurationVncOptionsAuditTimestampingOid;
  /**
  * local: SPS timestamps; remote: a timestamping server (server_url). One of: "local", "remote".
  *
  * Docs: Configuration#selection (docs/resources/configuration.md in the sps-iac package)
  */
  readonly selection: string;
  /**
  * The URL of the remote timestamping server (remote only).
  *
  * Docs: Configuration#server_url (docs/resources/configuration.md in the sps-iac package)
  */
  readonly serverUrl?: string;
  /**
  * Seconds between timestamps.
  *
  * Docs: Configuration#signing_interval (docs/resources/configuration.md in the sps-iac package)
  */
  readonly signingInterval: number;
}

export function configurationVncOptionsAuditTimestampingToTerraform(struct?: ConfigurationVncOptionsAuditTimestamping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    oid: configurationVncOptionsAuditTimestampingOidToTerraform(struct!.oid),
    selection: cdktf.stringToTerraform(struct!.selection),
    server_url: cdktf.stringToTerraform(struct!.serverUrl),
    signing_interval: cdktf.numberToTerraform(struct!.signingInterval),
  }
}


export function configurationVncOptionsAuditTimestampingToHclTerraform(struct?: ConfigurationVncOptionsAuditTimestamping): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    oid: {
      value: configurationVncOptionsAuditTimestampingOidToHclTerraform(struct!.oid),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationVncOptionsAuditTimestampingOid",
    },
    selection: {
      value: cdktf.stringToHclTerraform(struct!.selection),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server_url: {
      value: cdktf.stringToHclTerraform(struct!.serverUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    signing_interval: {
      value: cdktf.numberToHclTerraform(struct!.signingInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationVncOptionsAuditTimestampingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationVncOptionsAuditTimestamping | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._oid?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.oid = this._oid?.internalValue;
    }
    if (this._selection !== undefined) {
      hasAnyValues = true;
      internalValueResult.selection = this._selection;
    }
    if (this._serverUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.serverUrl = this._serverUrl;
    }
    if (this._signingInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.signingInterval = this._signingInterval;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationVncOptionsAuditTimestamping | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._oid.internalValue = undefined;
      this._selection = undefined;
      this._serverUrl = undefined;
      this._signingInterval = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._oid.internalValue = value.oid;
      this._selection = value.selection;
      this._serverUrl = value.serverUrl;
      this._signingInterval = value.signingInterval;
    }
  }

  // oid - computed: true, optional: true, required: false
  private _oid = new ConfigurationVncOptionsAuditTimestampingOidOutputReference(this, "oid");
  public get oid() {
    return this._oid;
  }
  public putOid(value: ConfigurationVncOptionsAuditTimestampingOid) {
    this._oid.internalValue = value;
  }
  public resetOid() {
    this._oid.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidInput() {
    return this._oid.internalValue;
  }

  // selection - computed: true, optional: false, required: true
  private _selection?: string; 
  public get selection() {
    return this.getStringAttribute('selection');
  }
  public set selection(value: string) {
    this._selection = value;
  }
  // Temporarily expose input value. Use with caution.
  public get selectionInput() {
    return this._selection;
  }

  // server_url - computed: true, optional: true, required: false
  private _serverUrl?: string; 
  public get serverUrl() {
    return this.getStringAttribute('server_url');
  }
  public set serverUrl(value: string) {
    this._serverUrl = value;
  }
  public resetServerUrl() {
    this._serverUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverUrlInput() {
    return this._serverUrl;
  }

  // signing_interval - computed: true, optional: false, required: true
  private _signingInterval?: number; 
  public get signingInterval() {
    return this.getNumberAttribute('signing_interval');
  }
  public set signingInterval(value: number) {
    this._signingInterval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get signingIntervalInput() {
    return this._signingInterval;
  }
}
export interface ConfigurationVncOptionsAudit {
  /**
  * Cleanup of the connection (channel) database.
  *
  * Docs: Configuration#cleanup (docs/resources/configuration.md in the sps-iac package)
  */
  readonly cleanup: ConfigurationVncOptionsAuditCleanup;
  /**
  * Audit trail timestamping: by SPS itself (local) or by a remote timestamping server.
  *
  * Docs: Configuration#timestamping (docs/resources/configuration.md in the sps-iac package)
  */
  readonly timestamping: ConfigurationVncOptionsAuditTimestamping;
}

export function configurationVncOptionsAuditToTerraform(struct?: ConfigurationVncOptionsAudit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cleanup: configurationVncOptionsAuditCleanupToTerraform(struct!.cleanup),
    timestamping: configurationVncOptionsAuditTimestampingToTerraform(struct!.timestamping),
  }
}


export function configurationVncOptionsAuditToHclTerraform(struct?: ConfigurationVncOptionsAudit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cleanup: {
      value: configurationVncOptionsAuditCleanupToHclTerraform(struct!.cleanup),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationVncOptionsAuditCleanup",
    },
    timestamping: {
      value: configurationVncOptionsAuditTimestampingToHclTerraform(struct!.timestamping),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationVncOptionsAuditTimestamping",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationVncOptionsAuditOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationVncOptionsAudit | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cleanup?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cleanup = this._cleanup?.internalValue;
    }
    if (this._timestamping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestamping = this._timestamping?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationVncOptionsAudit | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cleanup.internalValue = undefined;
      this._timestamping.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cleanup.internalValue = value.cleanup;
      this._timestamping.internalValue = value.timestamping;
    }
  }

  // cleanup - computed: true, optional: false, required: true
  private _cleanup = new ConfigurationVncOptionsAuditCleanupOutputReference(this, "cleanup");
  public get cleanup() {
    return this._cleanup;
  }
  public putCleanup(value: ConfigurationVncOptionsAuditCleanup) {
    this._cleanup.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cleanupInput() {
    return this._cleanup.internalValue;
  }

  // timestamping - computed: true, optional: false, required: true
  private _timestamping = new ConfigurationVncOptionsAuditTimestampingOutputReference(this, "timestamping");
  public get timestamping() {
    return this._timestamping;
  }
  public putTimestamping(value: ConfigurationVncOptionsAuditTimestamping) {
    this._timestamping.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampingInput() {
    return this._timestamping.internalValue;
  }
}
export interface ConfigurationVncOptionsChannelDatabaseCleanup {
  /**
  * Retention of VNC connection metadata in days; must exceed the archiving retention. Inferred from the RDP shape (the VNC sample shows only enabled).
  *
  * Docs: Configuration#days (docs/resources/configuration.md in the sps-iac package)
  */
  readonly days?: number;
  /**
  * Clean up old connection metadata.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
}

export function configurationVncOptionsChannelDatabaseCleanupToTerraform(struct?: ConfigurationVncOptionsChannelDatabaseCleanup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    days: cdktf.numberToTerraform(struct!.days),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function configurationVncOptionsChannelDatabaseCleanupToHclTerraform(struct?: ConfigurationVncOptionsChannelDatabaseCleanup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    days: {
      value: cdktf.numberToHclTerraform(struct!.days),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationVncOptionsChannelDatabaseCleanupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationVncOptionsChannelDatabaseCleanup | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._days !== undefined) {
      hasAnyValues = true;
      internalValueResult.days = this._days;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationVncOptionsChannelDatabaseCleanup | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._days = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._days = value.days;
      this._enabled = value.enabled;
    }
  }

  // days - computed: true, optional: true, required: false
  private _days?: number; 
  public get days() {
    return this.getNumberAttribute('days');
  }
  public set days(value: number) {
    this._days = value;
  }
  public resetDays() {
    this._days = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get daysInput() {
    return this._days;
  }

  // enabled - computed: true, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface ConfigurationVncOptionsService {
  /**
  * Enable VNC connections.
  *
  * Docs: Configuration#enabled (docs/resources/configuration.md in the sps-iac package)
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * The logging detail of the connections. Not in the newer VNC sample (unknown whether it still exists).
  *
  * Docs: Configuration#log_level (docs/resources/configuration.md in the sps-iac package)
  */
  readonly logLevel?: number;
}

export function configurationVncOptionsServiceToTerraform(struct?: ConfigurationVncOptionsService | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    log_level: cdktf.numberToTerraform(struct!.logLevel),
  }
}


export function configurationVncOptionsServiceToHclTerraform(struct?: ConfigurationVncOptionsService | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    log_level: {
      value: cdktf.numberToHclTerraform(struct!.logLevel),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationVncOptionsServiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationVncOptionsService | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._logLevel !== undefined) {
      hasAnyValues = true;
      internalValueResult.logLevel = this._logLevel;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationVncOptionsService | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enabled = undefined;
      this._logLevel = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enabled = value.enabled;
      this._logLevel = value.logLevel;
    }
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // log_level - computed: true, optional: true, required: false
  private _logLevel?: number; 
  public get logLevel() {
    return this.getNumberAttribute('log_level');
  }
  public set logLevel(value: number) {
    this._logLevel = value;
  }
  public resetLogLevel() {
    this._logLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logLevelInput() {
    return this._logLevel;
  }
}
export interface ConfigurationVncOptions {
  /**
  * Timestamping and channel database cleanup for VNC connections. SPS 7.0 LTS only (the other band: channel_database_cleanup, and timestamping in the audit policy).
  *
  * Docs: Configuration#audit (docs/resources/configuration.md in the sps-iac package)
  */
  readonly audit?: ConfigurationVncOptionsAudit;
  /**
  * Cleanup of VNC connection metadata. SPS 8.0 LTS only (the other band: audit.cleanup).
  *
  * Docs: Configuration#channel_database_cleanup (docs/resources/configuration.md in the sps-iac package)
  */
  readonly channelDatabaseCleanup?: ConfigurationVncOptionsChannelDatabaseCleanup;
  /**
  * Global switch for VNC connections and their logging detail.
  *
  * Docs: Configuration#service (docs/resources/configuration.md in the sps-iac package)
  */
  readonly service: ConfigurationVncOptionsService;
}

export function configurationVncOptionsToTerraform(struct?: ConfigurationVncOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    audit: configurationVncOptionsAuditToTerraform(struct!.audit),
    channel_database_cleanup: configurationVncOptionsChannelDatabaseCleanupToTerraform(struct!.channelDatabaseCleanup),
    service: configurationVncOptionsServiceToTerraform(struct!.service),
  }
}


export function configurationVncOptionsToHclTerraform(struct?: ConfigurationVncOptions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    audit: {
      value: configurationVncOptionsAuditToHclTerraform(struct!.audit),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationVncOptionsAudit",
    },
    channel_database_cleanup: {
      value: configurationVncOptionsChannelDatabaseCleanupToHclTerraform(struct!.channelDatabaseCleanup),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationVncOptionsChannelDatabaseCleanup",
    },
    service: {
      value: configurationVncOptionsServiceToHclTerraform(struct!.service),
      isBlock: true,
      type: "struct",
      storageClassType: "ConfigurationVncOptionsService",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ConfigurationVncOptionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConfigurationVncOptions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._audit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.audit = this._audit?.internalValue;
    }
    if (this._channelDatabaseCleanup?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelDatabaseCleanup = this._channelDatabaseCleanup?.internalValue;
    }
    if (this._service?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConfigurationVncOptions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._audit.internalValue = undefined;
      this._channelDatabaseCleanup.internalValue = undefined;
      this._service.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._audit.internalValue = value.audit;
      this._channelDatabaseCleanup.internalValue = value.channelDatabaseCleanup;
      this._service.internalValue = value.service;
    }
  }

  // audit - computed: true, optional: true, required: false
  private _audit = new ConfigurationVncOptionsAuditOutputReference(this, "audit");
  public get audit() {
    return this._audit;
  }
  public putAudit(value: ConfigurationVncOptionsAudit) {
    this._audit.internalValue = value;
  }
  public resetAudit() {
    this._audit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get auditInput() {
    return this._audit.internalValue;
  }

  // channel_database_cleanup - computed: true, optional: true, required: false
  private _channelDatabaseCleanup = new ConfigurationVncOptionsChannelDatabaseCleanupOutputReference(this, "channel_database_cleanup");
  public get channelDatabaseCleanup() {
    return this._channelDatabaseCleanup;
  }
  public putChannelDatabaseCleanup(value: ConfigurationVncOptionsChannelDatabaseCleanup) {
    this._channelDatabaseCleanup.internalValue = value;
  }
  public resetChannelDatabaseCleanup() {
    this._channelDatabaseCleanup.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get channelDatabaseCleanupInput() {
    return this._channelDatabaseCleanup.internalValue;
  }

  // service - computed: false, optional: false, required: true
  private _service = new ConfigurationVncOptionsServiceOutputReference(this, "service");
  public get service() {
    return this._service;
  }
  public putService(value: ConfigurationVncOptionsService) {
    this._service.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service.internalValue;
  }
}

/**
* Represents a sps_configuration (docs/resources/configuration.md in the sps-iac package)
*/
export class Configuration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sps_configuration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Configuration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Configuration to import
  * @param importFromId The id of the existing Configuration that should be imported. Refer to the import section (docs/resources/configuration.md in the sps-iac package) in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Configuration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sps_configuration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new sps_configuration (docs/resources/configuration.md in the sps-iac package) Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConfigurationConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ConfigurationConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'sps_configuration',
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
    this._allowArchiveRecreate = config.allowArchiveRecreate;
    this._archiveCleanupPolicies.internalValue = config.archiveCleanupPolicies;
    this._auditPolicies.internalValue = config.auditPolicies;
    this._backupPolicies.internalValue = config.backupPolicies;
    this._contentPolicies.internalValue = config.contentPolicies;
    this._passThrough.internalValue = config.passThrough;
    this._rdpOptions.internalValue = config.rdpOptions;
    this._secrets = config.secrets;
    this._splunkForwarder.internalValue = config.splunkForwarder;
    this._sshOptions.internalValue = config.sshOptions;
    this._systemBackup.internalValue = config.systemBackup;
    this._timePolicies.internalValue = config.timePolicies;
    this._universalSiemForwarder.internalValue = config.universalSiemForwarder;
    this._vncOptions.internalValue = config.vncOptions;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_archive_recreate - computed: true, optional: true, required: false
  private _allowArchiveRecreate?: boolean | cdktf.IResolvable; 
  public get allowArchiveRecreate() {
    return this.getBooleanAttribute('allow_archive_recreate');
  }
  public set allowArchiveRecreate(value: boolean | cdktf.IResolvable) {
    this._allowArchiveRecreate = value;
  }
  public resetAllowArchiveRecreate() {
    this._allowArchiveRecreate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowArchiveRecreateInput() {
    return this._allowArchiveRecreate;
  }

  // archive_cleanup_policies - computed: false, optional: true, required: false
  private _archiveCleanupPolicies = new ConfigurationArchiveCleanupPoliciesMap(this, "archive_cleanup_policies");
  public get archiveCleanupPolicies() {
    return this._archiveCleanupPolicies;
  }
  public putArchiveCleanupPolicies(value: { [key: string]: ConfigurationArchiveCleanupPolicies } | cdktf.IResolvable) {
    this._archiveCleanupPolicies.internalValue = value;
  }
  public resetArchiveCleanupPolicies() {
    this._archiveCleanupPolicies.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get archiveCleanupPoliciesInput() {
    return this._archiveCleanupPolicies.internalValue;
  }

  // audit_policies - computed: false, optional: true, required: false
  private _auditPolicies = new ConfigurationAuditPoliciesMap(this, "audit_policies");
  public get auditPolicies() {
    return this._auditPolicies;
  }
  public putAuditPolicies(value: { [key: string]: ConfigurationAuditPolicies } | cdktf.IResolvable) {
    this._auditPolicies.internalValue = value;
  }
  public resetAuditPolicies() {
    this._auditPolicies.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get auditPoliciesInput() {
    return this._auditPolicies.internalValue;
  }

  // backup_policies - computed: false, optional: true, required: false
  private _backupPolicies = new ConfigurationBackupPoliciesMap(this, "backup_policies");
  public get backupPolicies() {
    return this._backupPolicies;
  }
  public putBackupPolicies(value: { [key: string]: ConfigurationBackupPolicies } | cdktf.IResolvable) {
    this._backupPolicies.internalValue = value;
  }
  public resetBackupPolicies() {
    this._backupPolicies.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backupPoliciesInput() {
    return this._backupPolicies.internalValue;
  }

  // content_policies - computed: false, optional: true, required: false
  private _contentPolicies = new ConfigurationContentPoliciesMap(this, "content_policies");
  public get contentPolicies() {
    return this._contentPolicies;
  }
  public putContentPolicies(value: { [key: string]: ConfigurationContentPolicies } | cdktf.IResolvable) {
    this._contentPolicies.internalValue = value;
  }
  public resetContentPolicies() {
    this._contentPolicies.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contentPoliciesInput() {
    return this._contentPolicies.internalValue;
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

  // pass_through - computed: false, optional: true, required: false
  private _passThrough = new ConfigurationPassThroughMap(this, "pass_through");
  public get passThrough() {
    return this._passThrough;
  }
  public putPassThrough(value: { [key: string]: ConfigurationPassThrough } | cdktf.IResolvable) {
    this._passThrough.internalValue = value;
  }
  public resetPassThrough() {
    this._passThrough.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passThroughInput() {
    return this._passThrough.internalValue;
  }

  // rdp_options - computed: false, optional: true, required: false
  private _rdpOptions = new ConfigurationRdpOptionsOutputReference(this, "rdp_options");
  public get rdpOptions() {
    return this._rdpOptions;
  }
  public putRdpOptions(value: ConfigurationRdpOptions) {
    this._rdpOptions.internalValue = value;
  }
  public resetRdpOptions() {
    this._rdpOptions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rdpOptionsInput() {
    return this._rdpOptions.internalValue;
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

  // splunk_forwarder - computed: false, optional: true, required: false
  private _splunkForwarder = new ConfigurationSplunkForwarderOutputReference(this, "splunk_forwarder");
  public get splunkForwarder() {
    return this._splunkForwarder;
  }
  public putSplunkForwarder(value: ConfigurationSplunkForwarder) {
    this._splunkForwarder.internalValue = value;
  }
  public resetSplunkForwarder() {
    this._splunkForwarder.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get splunkForwarderInput() {
    return this._splunkForwarder.internalValue;
  }

  // ssh_options - computed: false, optional: true, required: false
  private _sshOptions = new ConfigurationSshOptionsOutputReference(this, "ssh_options");
  public get sshOptions() {
    return this._sshOptions;
  }
  public putSshOptions(value: ConfigurationSshOptions) {
    this._sshOptions.internalValue = value;
  }
  public resetSshOptions() {
    this._sshOptions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshOptionsInput() {
    return this._sshOptions.internalValue;
  }

  // system_backup - computed: false, optional: true, required: false
  private _systemBackup = new ConfigurationSystemBackupOutputReference(this, "system_backup");
  public get systemBackup() {
    return this._systemBackup;
  }
  public putSystemBackup(value: ConfigurationSystemBackup) {
    this._systemBackup.internalValue = value;
  }
  public resetSystemBackup() {
    this._systemBackup.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemBackupInput() {
    return this._systemBackup.internalValue;
  }

  // time_policies - computed: false, optional: true, required: false
  private _timePolicies = new ConfigurationTimePoliciesMap(this, "time_policies");
  public get timePolicies() {
    return this._timePolicies;
  }
  public putTimePolicies(value: { [key: string]: ConfigurationTimePolicies } | cdktf.IResolvable) {
    this._timePolicies.internalValue = value;
  }
  public resetTimePolicies() {
    this._timePolicies.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timePoliciesInput() {
    return this._timePolicies.internalValue;
  }

  // universal_siem_forwarder - computed: false, optional: true, required: false
  private _universalSiemForwarder = new ConfigurationUniversalSiemForwarderOutputReference(this, "universal_siem_forwarder");
  public get universalSiemForwarder() {
    return this._universalSiemForwarder;
  }
  public putUniversalSiemForwarder(value: ConfigurationUniversalSiemForwarder) {
    this._universalSiemForwarder.internalValue = value;
  }
  public resetUniversalSiemForwarder() {
    this._universalSiemForwarder.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get universalSiemForwarderInput() {
    return this._universalSiemForwarder.internalValue;
  }

  // vnc_options - computed: false, optional: true, required: false
  private _vncOptions = new ConfigurationVncOptionsOutputReference(this, "vnc_options");
  public get vncOptions() {
    return this._vncOptions;
  }
  public putVncOptions(value: ConfigurationVncOptions) {
    this._vncOptions.internalValue = value;
  }
  public resetVncOptions() {
    this._vncOptions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vncOptionsInput() {
    return this._vncOptions.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_archive_recreate: cdktf.booleanToTerraform(this._allowArchiveRecreate),
      archive_cleanup_policies: cdktf.hashMapper(configurationArchiveCleanupPoliciesToTerraform)(this._archiveCleanupPolicies.internalValue),
      audit_policies: cdktf.hashMapper(configurationAuditPoliciesToTerraform)(this._auditPolicies.internalValue),
      backup_policies: cdktf.hashMapper(configurationBackupPoliciesToTerraform)(this._backupPolicies.internalValue),
      content_policies: cdktf.hashMapper(configurationContentPoliciesToTerraform)(this._contentPolicies.internalValue),
      pass_through: cdktf.hashMapper(configurationPassThroughToTerraform)(this._passThrough.internalValue),
      rdp_options: configurationRdpOptionsToTerraform(this._rdpOptions.internalValue),
      secrets: cdktf.hashMapper(cdktf.stringToTerraform)(this._secrets),
      splunk_forwarder: configurationSplunkForwarderToTerraform(this._splunkForwarder.internalValue),
      ssh_options: configurationSshOptionsToTerraform(this._sshOptions.internalValue),
      system_backup: configurationSystemBackupToTerraform(this._systemBackup.internalValue),
      time_policies: cdktf.hashMapper(configurationTimePoliciesToTerraform)(this._timePolicies.internalValue),
      universal_siem_forwarder: configurationUniversalSiemForwarderToTerraform(this._universalSiemForwarder.internalValue),
      vnc_options: configurationVncOptionsToTerraform(this._vncOptions.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_archive_recreate: {
        value: cdktf.booleanToHclTerraform(this._allowArchiveRecreate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      archive_cleanup_policies: {
        value: cdktf.hashMapperHcl(configurationArchiveCleanupPoliciesToHclTerraform)(this._archiveCleanupPolicies.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ConfigurationArchiveCleanupPoliciesMap",
      },
      audit_policies: {
        value: cdktf.hashMapperHcl(configurationAuditPoliciesToHclTerraform)(this._auditPolicies.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ConfigurationAuditPoliciesMap",
      },
      backup_policies: {
        value: cdktf.hashMapperHcl(configurationBackupPoliciesToHclTerraform)(this._backupPolicies.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ConfigurationBackupPoliciesMap",
      },
      content_policies: {
        value: cdktf.hashMapperHcl(configurationContentPoliciesToHclTerraform)(this._contentPolicies.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ConfigurationContentPoliciesMap",
      },
      pass_through: {
        value: cdktf.hashMapperHcl(configurationPassThroughToHclTerraform)(this._passThrough.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ConfigurationPassThroughMap",
      },
      rdp_options: {
        value: configurationRdpOptionsToHclTerraform(this._rdpOptions.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ConfigurationRdpOptions",
      },
      secrets: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._secrets),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      splunk_forwarder: {
        value: configurationSplunkForwarderToHclTerraform(this._splunkForwarder.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ConfigurationSplunkForwarder",
      },
      ssh_options: {
        value: configurationSshOptionsToHclTerraform(this._sshOptions.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ConfigurationSshOptions",
      },
      system_backup: {
        value: configurationSystemBackupToHclTerraform(this._systemBackup.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ConfigurationSystemBackup",
      },
      time_policies: {
        value: cdktf.hashMapperHcl(configurationTimePoliciesToHclTerraform)(this._timePolicies.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ConfigurationTimePoliciesMap",
      },
      universal_siem_forwarder: {
        value: configurationUniversalSiemForwarderToHclTerraform(this._universalSiemForwarder.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ConfigurationUniversalSiemForwarder",
      },
      vnc_options: {
        value: configurationVncOptionsToHclTerraform(this._vncOptions.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ConfigurationVncOptions",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
