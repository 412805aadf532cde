variable "hec_token" {
  type      = string
  ephemeral = true # a write-only argument takes it: never in a saved plan or the state
}

resource "sps_configuration" "main" {
  audit_policies = {
    pci = { timestamping_enabled = true }
  }
  backup_policies = {
    nightly = {
      target      = { type = "nfs", server = { selection = "ip", value = "10.0.0.5" }, path = "/data/backup" }
      start_times = ["1:00"]
    }
  }
  system_backup = { backup_policy = "nightly" }
  splunk_forwarder = {
    enabled = true
    host    = { selection = "fqdn", value = "splunk.example.com" }
    ssl     = { selection = "insecure" }
    token   = var.hec_token
  }
  # an endpoint without a typed kind: a partial JSON body per object
  pass_through = {
    "ssh/connections" = {
      objects = {
        "ops-gw" = jsonencode({ active = true, network = { clients = ["10.1.0.0/16"], targets = ["10.2.0.0/16"], ports = [22] } })
      }
    }
  }
}
