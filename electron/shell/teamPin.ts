/**
 * The team server's certificate is trusted only when its SHA-256 fingerprint is the pinned one:
 * Electron asks this for every HTTPS certificate the app meets. The office's server is usually
 * self-signed, so the pin is the whole trust; any other certificate, now or later, is refused.
 */

import crypto from 'node:crypto';
import type { TeamServer } from '../../shared/desktop';

/** What Electron's setCertificateVerifyProc passes (the part used here). */
export interface VerifyRequest {
  hostname: string;
  /** PEM. */
  certificate: { data: string };
}

/** Electron's answers: 0 trusts the certificate, -2 refuses it. */
export const CERT_ACCEPT = 0;
export const CERT_REFUSE = -2;

export function fingerprintOfPem(pem: string): string | null {
  try {
    return new crypto.X509Certificate(pem).fingerprint256;
  } catch {
    return null;
  }
}

const bare = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1');

/** The host name a certificate is asked for, as Electron gives it (IPv6 without brackets). */
export function hostnameOf(url: string): string {
  return bare(new URL(url).hostname);
}

/**
 * `pinned` lists the team servers of the open windows (none on the local register); `onRefused`
 * hears of a certificate for one of them that is not its pinned one, so its window can say so.
 */
export function certificateVerifier(pinned: () => TeamServer[], onRefused: (hostname: string) => void) {
  return (request: VerifyRequest, callback: (result: number) => void): void => {
    const ours = pinned().filter((server) => bare(request.hostname) === hostnameOf(server.url));
    const fingerprint = fingerprintOfPem(request.certificate.data);
    if (fingerprint !== null && ours.some((server) => server.fingerprint === fingerprint)) return callback(CERT_ACCEPT);
    if (ours.length) onRefused(bare(request.hostname));
    // The app loads nothing else over HTTPS: every other certificate is refused too.
    callback(CERT_REFUSE);
  };
}
