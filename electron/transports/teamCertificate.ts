/**
 * The team server's certificate: the office's own (--cert/--key), or one made on first start with
 * openssl (present on Linux servers; on Windows give your own) and kept beside the database, its
 * SHA-256 fingerprint printed so people can check it the first time their browser asks.
 */

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { LedgerError } from '../../shared/errors';

export interface TeamCertificate {
  cert: string;
  key: string;
  fingerprint: string;
  generated: boolean;
}

function fingerprintOf(cert: string): string {
  return new crypto.X509Certificate(cert).fingerprint256;
}

export function loadOrMakeCertificate(folder: string, names: string[], given?: { cert?: string | undefined; key?: string | undefined }): TeamCertificate {
  if (given?.cert || given?.key) {
    if (!given.cert || !given.key) throw new LedgerError('invalid_input', '--cert 和 --key 须同时给出', '--cert and --key go together');
    const cert = fs.readFileSync(given.cert, 'utf8');
    return { cert, key: fs.readFileSync(given.key, 'utf8'), fingerprint: fingerprintOf(cert), generated: false };
  }
  const certFile = path.join(folder, 'team-cert.pem');
  const keyFile = path.join(folder, 'team-key.pem');
  let generated = false;
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
    const altNames = names.map((n) => (net.isIP(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '825',
        '-subj', `/CN=${names[0] ?? 'ledger'}/O=重大项目台账`, '-addext', `subjectAltName=${altNames}`], { stdio: 'pipe' });
    } catch (err) {
      throw new LedgerError(
        'refused',
        `无法生成证书（需要 openssl）：${(err as Error).message}。请用 --cert 和 --key 指定单位的证书，或在可信内网中用 --http`,
        `Could not make a certificate (openssl is needed): ${(err as Error).message}. Give the office's certificate with --cert and --key, or use --http on a trusted network`,
      );
    }
    fs.chmodSync(keyFile, 0o600);
    generated = true;
  }
  const cert = fs.readFileSync(certFile, 'utf8');
  return { cert, key: fs.readFileSync(keyFile, 'utf8'), fingerprint: fingerprintOf(cert), generated };
}
