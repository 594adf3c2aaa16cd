package io.ficmirror.corpus.prose;

import java.util.List;

/**
 * A small, fast and fully specified random generator (SplitMix64), so a corpus is the same for a seed on every JVM
 * and every run. Not thread-safe: each work gets its own, derived from the seed and the work's number.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one purpose ({@code stream}) of one item ({@code index}) under a seed. */
    public static Rng of(long seed, long index, long stream) {
        return new Rng(mix(mix(seed ^ GOLDEN) + index * GOLDEN + stream));
    }

    public long nextLong() {
        return mix(state += GOLDEN);
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [low, high], both inclusive. */
    public int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** A standard normal deviate (Box-Muller). */
    public double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** An index in [0, n) that favours small values, as word frequencies do: rank r is chosen about 1/sqrt(r) as often. */
    public int skewed(int n) {
        double u = nextDouble();
        return (int) (n * u * u);
    }

    public <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    public <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
