package io.ficmirror.cli.bench;

/** The pipeline's stages, each with the process that does its work and the raw limit it is compared with. */
enum Stage {
    INGEST("ingest to Kafka", "ingest-service", "Kafka's producer performance tool"),
    PARSE("parse", "parse-service", "the parser alone on every core"),
    CATALOGUE("catalogue", "catalog-service", "batched upserts into PostgreSQL"),
    INDEX("index", "search-service", "a direct bulk load into Elasticsearch");

    final String label;
    final String process;
    final String rawLimit;

    Stage(String label, String process, String rawLimit) {
        this.label = label;
        this.process = process;
        this.rawLimit = rawLimit;
    }
}
