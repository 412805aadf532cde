/**
 * The firmware band this model was written for. The guide excerpts the kinds are typed from are
 * 7.0 LTS (sps-api.md); 8.0 LTS changes the audit policy's timestamping and the protocol options
 * (sps-api-more.md §5). An appliance outside the band still works for everything partial ownership
 * keeps, but a typed field may not exist there: every plan says so.
 */
export const MODEL_FIRMWARE_BAND = { name: '7.0 LTS', prefix: '7.0' } as const;

export function inModelBand(version: string): boolean {
  return version === MODEL_FIRMWARE_BAND.prefix || version.startsWith(`${MODEL_FIRMWARE_BAND.prefix}.`);
}

/** The plan note for an appliance outside the band, or for one that did not say its firmware. */
export function firmwareNote(version: string | null): string | undefined {
  if (version === null)
    return `the appliance did not report its firmware version (GET /api/info); this model was written for SPS ${MODEL_FIRMWARE_BAND.name}`;
  if (inModelBand(version)) return undefined;
  return (
    `the appliance runs SPS ${version}, outside the band this model was written for (${MODEL_FIRMWARE_BAND.name}): ` +
    'fields the model does not know are kept as they are, but typed fields that differ in that release ' +
    '(audit policy timestamping, protocol options) may be refused by the appliance; try plan --validate-on-device first'
  );
}
