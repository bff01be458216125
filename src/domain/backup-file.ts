import { sealWith, type ReadySeal } from './backup-crypto';
import { breatheEvery, WORK_PER_BREATH_MS } from './breathe';
import type { ExportFile } from './export-format';
import { exportJsonParts } from './export-writers';

/**
 * A Blob of text pieces, each turned into UTF-8 on its own with a pause between, instead of
 * tens of megabytes in one go when a Blob is made from all of them at once.
 */
export async function blobInSteps(parts: readonly string[], type: string): Promise<Blob> {
  const blobs: Blob[] = [];
  const breatheWhenDue = breatheEvery(WORK_PER_BREATH_MS);
  for (const part of parts) {
    blobs.push(new Blob([part]));
    await breatheWhenDue();
  }
  return new Blob(blobs, { type });
}

/** The backup file for an export: plain JSON, or sealed when a ready seal is given (backup-crypto.ts's prepareSeal). */
export async function backupBlob(file: ExportFile, seal?: ReadySeal): Promise<Blob> {
  const plain = await blobInSteps(await exportJsonParts(file), 'application/json');
  if (seal === undefined) return plain;
  return blobInSteps(await sealWith(seal, new Uint8Array(await plain.arrayBuffer())), 'application/json');
}
