/**
 * Writing a file so that an interrupted write leaves the old file as it was: the bytes go to a temporary
 * file beside the target, which is then renamed over it (a rename within one folder is atomic on POSIX
 * and replaces the target on Windows). On failure the temporary file is removed and the error rethrown.
 */
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicFs {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeFs: AtomicFs = { writeFile, rename, unlink };

export async function writeFileAtomically(target: string, data: Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
