# Adopt the objects the document file declares (the one the configuration reads with file()):
terraform import sps_document.main sps.yaml

# Or every managed object, or just some, as for sps_configuration:
terraform import sps_document.main '*'
terraform import sps_document.main 'audit_policies/pci,vnc_options'
