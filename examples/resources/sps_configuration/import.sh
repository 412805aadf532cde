# Every object the resource manages, as the appliance has it:
terraform import sps_configuration.main '*'

# Or just these (collections by kind/name, singletons by kind, pass-through endpoints by endpoint/name):
terraform import sps_configuration.main 'audit_policies/pci,backup_policies/nightly,vnc_options,ssh/connections/ops-gw'
