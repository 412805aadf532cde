data "sps_appliance" "this" {}

output "firmware" {
  value = data.sps_appliance.this.firmware_version
}
