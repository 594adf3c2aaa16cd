package io.ficmirror.cli.bench;

/** The raw limits measured on the same machine right after the pipeline run, on the same documents. */
record RawLimits(Throughput kafkaProducer, ParserLimit.Figures parser, PostgresLimit.Figures postgres,
        Throughput elasticsearch) {

    Throughput of(Stage stage) {
        return switch (stage) {
            case INGEST -> kafkaProducer;
            case PARSE -> parser.allCores();
            case CATALOGUE -> postgres.upserts();
            case INDEX -> elasticsearch;
        };
    }

    Throughput slowest() {
        Throughput slowest = null;
        for (Stage stage : Stage.values()) {
            if (slowest == null || of(stage).documentsPerSecond() < slowest.documentsPerSecond()) {
                slowest = of(stage);
            }
        }
        return slowest;
    }
}
