package io.ficmirror.parser.meta;

import java.util.Set;

/**
 * A one-hash Bloom filter over the known character names, keyed by {@link String#hashCode()} computed straight from
 * the text: most capitalised words of a story (sentence starts) are ruled out without allocating a string.
 * A "yes" only means "maybe": the caller still looks the name up.
 */
final class NameFilter {
    private static final int SLOTS = 1 << 14;

    private final boolean[] single = new boolean[SLOTS];
    private final boolean[] firstOfTwo = new boolean[SLOTS];
    private final boolean[] secondOfTwo = new boolean[SLOTS];

    NameFilter(Set<String> names) {
        for (String name : names) {
            single[slot(name.hashCode())] = true;
            int space = name.indexOf(' ');
            if (space > 0) {
                firstOfTwo[slot(hash(name, 0, space))] = true;
                secondOfTwo[slot(hash(name, space + 1, name.length()))] = true;
            }
        }
    }

    /** The hash code of {@code text.substring(start, end)}, without the substring. */
    static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    boolean mayBeName(int hash) {
        return single[slot(hash)];
    }

    boolean mayBeTwoWordName(int firstHash, int secondHash) {
        return firstOfTwo[slot(firstHash)] && secondOfTwo[slot(secondHash)];
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 14)) & (SLOTS - 1);
    }
}
