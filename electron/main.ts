/** Electron main entry. */
import { runShell } from './shell/app';

runShell();
