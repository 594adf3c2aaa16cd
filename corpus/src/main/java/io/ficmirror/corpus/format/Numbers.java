package io.ficmirror.corpus.format;

/** Number formats that do not depend on the machine's locale. */
final class Numbers {
    private Numbers() {
    }

    /** "45,210". */
    static String thousands(long n) {
        String digits = Long.toString(n);
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }
}
