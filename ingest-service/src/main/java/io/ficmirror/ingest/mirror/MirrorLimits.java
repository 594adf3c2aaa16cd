package io.ficmirror.ingest.mirror;

/**
 * Bounds on what a mirror may make us read.
 *
 * @param maxDocumentBytes    a single document larger than this is rejected, never read whole
 * @param maxExpandedBytes    an archive that expands to more than this in total stops being read (zip bombs)
 * @param maxCompressionRatio an archive entry compressed more than this (and larger than 1 MB) is treated as a bomb
 * @param maxNesting          archives inside archives are opened this many levels deep
 */
public record MirrorLimits(long maxDocumentBytes, long maxExpandedBytes, int maxCompressionRatio, int maxNesting) {

    public static MirrorLimits defaults() {
        return new MirrorLimits(32L << 20, 100L << 30, 200, 2);
    }
}
