terraform {
  required_version = ">= 1.11" # secrets are write-only arguments
  required_providers {
    sps = { source = "sps-iac/sps", version = "0.1.0" }
  }
}

variable "sps_password" {
  type      = string
  ephemeral = true # never in a saved plan or the state
}

# Every setting may come from the environment instead: SPS_URL, SPS_USERNAME, SPS_PASSWORD,
# SPS_CA_FILE, SPS_INSECURE, SPS_LOCK_TIMEOUT.
provider "sps" {
  url      = "https://sps.example.com"
  username = "iac-deployer"
  password = var.sps_password
  ca_file  = "sps-ca.pem"
}
