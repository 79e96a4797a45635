// The tool's own TLS connections always check the certificate, whatever
// NODE_TLS_REJECT_UNAUTHORIZED says: the key is sent only to a host that a trusted
// certificate names. People set that variable to "0" to get past a company proxy that
// intercepts HTTPS; their Node programs then send the key to whatever answers, and this tool
// says so (the network check) instead of doing the same.

/** For every TLS connection that may carry the key or stand for one that does. */
export const verifiedTls = {rejectUnauthorized: true} as const;

const certificateChecksVariable = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** Node's own test: exactly "0" turns certificate checks off for every program that does not set its own. */
export const othersSkipCertificateChecks = (env: Readonly<Record<string, string | undefined>>): boolean => env[certificateChecksVariable] === '0';

/**
 * The warning Node prints at the first TLS connection while the variable is "0": it says
 * connections are insecure, which this tool's are not (it checks anyway and says so itself).
 */
export const certificateChecksOffWarning = `Setting the ${certificateChecksVariable} environment variable to '0'`;
