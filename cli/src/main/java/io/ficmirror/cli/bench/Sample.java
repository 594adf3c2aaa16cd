package io.ficmirror.cli.bench;

import java.util.Map;

/**
 * The pipeline at one moment of a benchmark run: the import job's count per stage, each consumer group's lag and
 * each process's usage (keyed by part name: kafka, elasticsearch, postgres, ingest-service, ...).
 */
record Sample(double seconds, long published, long parsed, long catalogued, long indexed, long rejected,
        Map<String, Long> lag, Map<String, ProcessUsage> usage, Map<String, JvmHeap> heaps) {

    long stage(Stage stage) {
        return switch (stage) {
            case INGEST -> published;
            // a rejected document has passed parsing too (rejections by ingest itself are rare and counted here)
            case PARSE -> parsed + rejected;
            case CATALOGUE -> catalogued;
            case INDEX -> indexed;
        };
    }
}
