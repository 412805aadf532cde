# What the appliance holds of every managed kind, as a desired-state document (secrets as ${env:NAME})
data "sps_live_configuration" "now" {}

output "live_document" {
  value = data.sps_live_configuration.now.document
}

output "secrets_to_supply" {
  value = data.sps_live_configuration.now.secret_variables
}
