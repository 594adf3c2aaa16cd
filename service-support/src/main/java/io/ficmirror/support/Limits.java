package io.ficmirror.support;

import jakarta.ws.rs.BadRequestException;
import java.util.List;

/** The bounds every service puts on what one request may ask for, with the same wording everywhere. */
public final class Limits {
    private Limits() {
    }

    /** A page size between 1 and max. */
    public static int pageSize(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new BadRequestException("limit must be between 1 and " + max);
        }
        return limit;
    }

    /** A list of ids sent as {"field": [...]}, present and at most max long. */
    public static <T> List<T> ids(List<T> ids, int max, String field) {
        if (ids == null || ids.size() > max) {
            throw new BadRequestException("send {\"" + field + "\": [...]} with at most " + max + " ids");
        }
        return ids;
    }
}
