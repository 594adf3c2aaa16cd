package io.ficmirror.catalog.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A position in a list ordered by a time and then an id, written as "micros~id" for the "after" parameter. Postgres
 * keeps microseconds, so the cursor names a row exactly.
 */
public record Keyset(Instant time, String id) {

    public static Keyset parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        int tilde = cursor.indexOf('~');
        try {
            long micros = Long.parseLong(cursor.substring(0, tilde));
            return new Keyset(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), cursor.substring(tilde + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + cursor + "\" is not a cursor from this API: pass the \"next\" value of the previous page");
        }
    }

    @Override
    public String toString() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time) + "~" + id;
    }
}
