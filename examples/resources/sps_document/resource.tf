variable "hec_token" {
  type      = string
  ephemeral = true # a write-only argument takes it: never in a saved plan or the state
}

resource "sps_document" "main" {
  # the document sps plan and sps apply read, usually from its file: document = file("sps.yaml")
  document = <<-EOT
    backup_policies:
      nightly:
        target: { type: nfs, server: { selection: ip, value: 10.0.0.5 }, path: /data/backup }
        start_times: ['1:00']
    system_backup:
      backup_policy: nightly
    splunk_forwarder:
      enabled: true
      host: { selection: fqdn, value: splunk.example.com }
      ssl: { selection: insecure }
      token: $${env:HEC_TOKEN}
  EOT
  # the values of its ${env:NAME} placeholders (write-only); a NAME left out comes from the environment
  secrets = { HEC_TOKEN = var.hec_token }
}
