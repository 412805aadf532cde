/**
 * The version of this package, of the CLI and of the Terraform provider: one number, released
 * together. A constant rather than a read of package.json, so compiled output, bundles and the
 * standalone provider executable all know it without finding a file (a test keeps it equal to
 * package.json's).
 */
export const VERSION = '0.1.0';
