# The configuration the real-Terraform test applies to the emulator. Connection settings and
# secrets arrive as TF_VAR_ variables; the secrets are sensitive, so Terraform never prints them.
terraform {
  required_providers {
    sps = { source = "sps-iac/sps", version = "0.1.0" }
  }
}

variable "sps_url" { type = string }
variable "sps_username" { type = string }
variable "sps_password" {
  type      = string
  sensitive = true
}
variable "sps_ca_file" { type = string }
variable "hec_token" {
  type      = string
  ephemeral = true
}
variable "smb_password" {
  type      = string
  ephemeral = true
}

provider "sps" {
  url          = var.sps_url
  username     = var.sps_username
  password     = var.sps_password
  ca_file      = var.sps_ca_file
  lock_timeout = "5s"
}

resource "sps_configuration" "main" {
  audit_policies = {
    signed = {
      signing              = { enabled = true, x509_identity = "5f1cd1b4-5a3c-4b67-9d8e-7a2f0c3e9b10" }
      timestamping_enabled = true
    }
  }

  backup_policies = {
    nightly = {
      target = {
        type   = "smb"
        server = { selection = "ip", value = "10.0.0.6" }
        share  = "backups/sps"
        authentication = {
          selection = "password"
          username  = "svc"
          password  = var.smb_password
        }
      }
      start_times = ["3:15"]
    }
  }

  splunk_forwarder = {
    enabled = true
    host    = { selection = "fqdn", value = "splunk.example.com" }
    ssl     = { selection = "secure" }
    token   = var.hec_token
  }

  system_backup = {
    backup_policy = "nightly" # created in the same apply
  }
}

data "sps_appliance" "this" {}

output "firmware" {
  value = data.sps_appliance.this.firmware_version
}
