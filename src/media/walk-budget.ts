import { MediaTooComplex } from './walk-errors.js';

/**
 * Bounds that hold whatever a file declares. Every loop in the walkers
 * either consumes bytes of the file or counts a step here, so a walk costs
 * time linear in the file's size plus at most `maxSteps`, and memory
 * proportional to what it keeps.
 */
export const walkLimits = {
  /**
   * Segments, chunks, boxes, items and extents looked at in one file. A
   * phone photo has under a hundred, an hour of fragmented video about
   * ten thousand.
   */
  maxSteps: 200_000,
  /** Box nesting; the deepest box any walker opens (a key declaration in a timed-metadata sample entry) is ten levels down. */
  maxDepth: 16,
  /** Extents of Exif and XMP items across one HEIF file; every real file has one per item. */
  maxMetadataExtents: 1024,
} as const;

export interface WalkBudget {
  /** Counts one structure looked at; throws MediaTooComplex past the limit. */
  step(): void;
  /** Steps counted so far. */
  readonly spent: number;
}

export function createWalkBudget(maxSteps: number = walkLimits.maxSteps): WalkBudget {
  let spent = 0;
  return {
    step() {
      spent += 1;
      if (spent > maxSteps) throw new MediaTooComplex(`more than ${maxSteps} structures`);
    },
    get spent() {
      return spent;
    },
  };
}
