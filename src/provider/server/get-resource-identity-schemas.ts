/** Resource identity (Terraform ≥ 1.12) is not supported: an empty map says so without an error. */
export async function getResourceIdentitySchemas(): Promise<{
  identity_schemas: Record<string, never>;
  diagnostics: [];
}> {
  return { identity_schemas: {}, diagnostics: [] };
}
