# Sessions active right now on the SSH gateway, from the appliance's session database
data "sps_sessions" "on_gateway" {
  query  = "active:true AND protocol:ssh"
  fields = ["name", "client.address", "start_time"]
}

# Refuse to change the gateway while anyone is connected through it
resource "terraform_data" "gateway_change_window" {
  lifecycle {
    precondition {
      condition     = data.sps_sessions.on_gateway.match_count == 0
      error_message = "${data.sps_sessions.on_gateway.match_count} SSH session(s) are active: ${join(", ", [for s in data.sps_sessions.on_gateway.sessions : s.fields["name"]])}"
    }
  }
}
