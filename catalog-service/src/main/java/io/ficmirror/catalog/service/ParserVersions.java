package io.ficmirror.catalog.service;

import java.util.Comparator;

/** Orders parser versions ("1.0" < "1.2" < "1.10"); numeric parts compare as numbers, a missing version first. */
final class ParserVersions {
    static final Comparator<String> ORDER = ParserVersions::compare;

    private ParserVersions() {
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int order = l.matches("\\d{1,9}") && r.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r)) : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
