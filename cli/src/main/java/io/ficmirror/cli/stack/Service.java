package io.ficmirror.cli.stack;

/** The four ficmirror services, in the order they start. */
public enum Service {
    INGEST("ingest-service", 81),
    PARSE("parse-service", 82),
    CATALOG("catalog-service", 83),
    SEARCH("search-service", 84);

    private final String module;
    private final int portOffset;

    Service(String module, int portOffset) {
        this.module = module;
        this.portOffset = portOffset;
    }

    public String module() {
        return module;
    }

    int portOffset() {
        return portOffset;
    }
}
