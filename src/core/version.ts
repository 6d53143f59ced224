// The version written into every report and export, so a finding names the tool that made it.

export const SIMPUL_VERSION = '0.1.0';
