# VNC connection policies are read-only on the REST API: read them to refer to them elsewhere
data "sps_connection_policies" "vnc" {
  protocol = "vnc"
}

output "vnc_policies" {
  value = { for name in data.sps_connection_policies.vnc.names : name => data.sps_connection_policies.vnc.policies[name].active }
}
