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

function hostnameOf(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * `pinned` is the team server the app is on (null on the local register); `onRefused` hears of a
 * certificate for that server that is not the pinned one, so the window can say so.
 */
export function certificateVerifier(pinned: () => TeamServer | null, onRefused: (hostname: string) => void) {
  return (request: VerifyRequest, callback: (result: number) => void): void => {
    const server = pinned();
    const ours = server !== null && request.hostname.replace(/^\[(.*)\]$/, '$1') === hostnameOf(server.url);
    if (ours && fingerprintOfPem(request.certificate.data) === server.fingerprint) return callback(CERT_ACCEPT);
    if (ours) onRefused(request.hostname);
    // The app loads nothing else over HTTPS: every other certificate is refused too.
    callback(CERT_REFUSE);
  };
}
