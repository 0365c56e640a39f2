/**
 * Where a database must not live: network shares, where WAL's shared memory does not work and two
 * PCs writing at once corrupt the file. UNC paths are plain to see; a mapped drive letter on
 * Windows is not (Node reports no filesystem type there), so Windows is asked about the drive.
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** statfs magic numbers of network filesystems. */
const NETWORK_FS_TYPES = new Set([
  0x6969, // NFS
  0xff534d42, // CIFS
  0xfe534d42, // SMB2
  0x517b, // SMB
  0x564c, // NCP
  0x65735546, // FUSE (sshfs and friends)
]);

/** Win32_LogicalDisk.DriveType of a network drive. */
const DRIVE_TYPE_NETWORK = 4;

/** Asks Windows for a drive letter's type (Win32_LogicalDisk.DriveType); undefined when it cannot tell. */
export type DriveTypeProbe = (letter: string) => number | undefined;

const driveTypes = new Map<string, number | undefined>();

/** PowerShell's CIM query, once per drive letter per run: no native module needed. */
export const windowsDriveType: DriveTypeProbe = (letter) => {
  const key = letter.toUpperCase();
  if (driveTypes.has(key)) return driveTypes.get(key);
  let type: number | undefined;
  try {
    const out = execFileSync(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', `(Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DeviceID='${key}:'").DriveType`],
      { encoding: 'utf8', timeout: 10_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const n = Number(out.trim());
    type = Number.isInteger(n) && out.trim() !== '' ? n : undefined;
  } catch {
    type = undefined;
  }
  driveTypes.set(key, type);
  return type;
};

export interface LocationProbes {
  platform?: NodeJS.Platform;
  driveType?: DriveTypeProbe;
  /** statfs type of an existing folder; undefined when unknown. */
  fsType?: (dir: string) => number | undefined;
}

function statfsType(dir: string): number | undefined {
  try {
    return Number(fs.statfsSync(dir).type);
  } catch {
    return undefined;
  }
}

/** The folder itself, or its nearest ancestor that exists: a new folder on a mount is on that mount. */
function nearestExistingDir(dir: string): string {
  let current = dir;
  for (;;) {
    if (fs.existsSync(current)) return current;
    const parent = path.dirname(current);
    if (parent === current) return current;
    current = parent;
  }
}

/** A UNC path, a mapped network drive (Windows), or a folder on a network filesystem (elsewhere). */
export function isNetworkLocation(file: string, probes: LocationProbes = {}): boolean {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(file)) return true;
  const platform = probes.platform ?? process.platform;
  if (platform === 'win32') {
    const drive = /^([a-zA-Z]):/.exec(path.win32.resolve(file))?.[1];
    return drive !== undefined && (probes.driveType ?? windowsDriveType)(drive.toUpperCase()) === DRIVE_TYPE_NETWORK;
  }
  const type = (probes.fsType ?? statfsType)(nearestExistingDir(path.dirname(path.resolve(file))));
  return type !== undefined && NETWORK_FS_TYPES.has(type);
}
