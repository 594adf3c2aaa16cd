package io.ficmirror.efiction;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the personal data met in the dump, which the importer reads past and never passes on: the report a run gives
 * of what it withheld. Columns are recognised by name in every table, so a site's own extra columns are counted too;
 * nothing here decides what is published (only the columns the importer names are ever read into a story).
 */
final class Withheld {
    static final String EMAILS = "e-mail addresses";
    static final String REAL_NAMES = "real names";
    static final String PASSWORDS = "passwords and password hashes";
    static final String IP_ADDRESSES = "IP addresses";
    static final String MAIL_SETTINGS = "mail server settings";
    static final String PROFILE_FIELDS = "author profile fields";
    static final String REVIEWER_NAMES = "reviewers' names";
    static final String REVIEW_TEXTS = "review texts";
    static final String COMMENTS = "readers' news comments";
    static final String READERS = "reader accounts (published under pseudonyms)";

    private final Map<String, Long> counts = new LinkedHashMap<>();

    void inspect(String table, Map<String, Object> row) {
        for (Map.Entry<String, Object> cell : row.entrySet()) {
            if (isBlank(cell.getValue())) {
                continue;
            }
            String kind = kindOf(table, cell.getKey());
            if (kind != null) {
                add(kind, 1);
            }
        }
    }

    void add(String kind, long count) {
        if (count > 0) {
            counts.merge(kind, count, Long::sum);
        }
    }

    /** By kind, in the order the dump first showed each. */
    Map<String, Long> counts() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    private static String kindOf(String table, String column) {
        String name = column.toLowerCase(Locale.ROOT);
        if (name.contains("password") || name.equals("pass") || name.equals("passwd")) {
            return PASSWORDS;
        }
        if (name.contains("email")) {
            return EMAILS;
        }
        if (name.equals("realname") || name.equals("real_name")) {
            return REAL_NAMES;
        }
        if (name.equals("ip") || name.endsWith("_ip") || name.startsWith("ip_")) {
            return IP_ADDRESSES;
        }
        if (name.startsWith("smtp_")) {
            return MAIL_SETTINGS;
        }
        return switch (table + "." + name) {
            case "authorinfo.info" -> PROFILE_FIELDS;
            case "reviews.reviewer" -> REVIEWER_NAMES;
            case "reviews.review" -> REVIEW_TEXTS;
            case "comments.comment" -> COMMENTS;
            default -> null;
        };
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank() || value.toString().equals("0");
    }
}
