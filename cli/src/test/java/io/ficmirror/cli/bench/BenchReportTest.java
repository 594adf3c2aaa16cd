package io.ficmirror.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BenchReportTest {

    /** 100 documents: ingest busy from 0 to 10 s, parsing from 2 to 20 s, catalogue 5 to 40 s, index 6 to 50 s. */
    private static PipelineRun.Result run() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (int t = 0; t <= 50; t++) {
            long published = Math.min(100, t * 10L);
            long parsed = t < 3 ? 0 : Math.min(100, (t - 2) * 100L / 18);
            long catalogued = t < 6 ? 0 : Math.min(100, (t - 5) * 100L / 35);
            long indexed = t < 7 ? 0 : Math.min(100, (t - 6) * 100L / 44);
            samples.add(new Sample(t, published, parsed, catalogued, indexed, 0,
                    Map.of("catalog-projection-v2", published - catalogued),
                    Map.of("catalog-service", new ProcessUsage(t * 0.5, 300L << 20)),
                    Map.of("catalog-service", new JvmHeap((100L + t) << 20, 40L << 20))));
        }
        var status = new ObjectMapper().readTree("{\"found\":100,\"skipped\":0,\"finished\":true,\"rejected\":0}");
        return new PipelineRun.Result("job", status, samples);
    }

    private static RawLimits limits(double kafka, double parser, double postgres, double elasticsearch) {
        Throughput one = new Throughput("parser, 1 thread", 100, 100_000, 100 / parser * 2);
        return new RawLimits(new Throughput("kafka", 100, 100_000, 100 / kafka),
                new ParserLimit.Figures(one, one.seconds(), new Throughput("parser", 100, 100_000, 100 / parser), 2),
                new PostgresLimit.Figures(new Throughput("upserts", 100, 100_000, 100 / postgres),
                        new Throughput("copy", 100, 100_000, 1)),
                new Throughput("es", 100, 100_000, 100 / elasticsearch));
    }

    @Test
    void stageThroughputCountsOnlyTheTimeTheStageWasBusy() throws Exception {
        BenchReport report = new BenchReport("header", run(), limits(50, 10, 4, 2), PostgresStatements.Summary.NONE, SearchFigures.NONE, 1_000_000);
        assertEquals(10.0, report.stage(Stage.INGEST).documentsPerSecond(), 0.01);
        assertEquals(100.0 / 18, report.stage(Stage.PARSE).documentsPerSecond(), 0.01);
        assertEquals(100.0 / 35, report.stage(Stage.CATALOGUE).documentsPerSecond(), 0.01);
        assertEquals(2.0, report.pipeline().documentsPerSecond(), 0.01);
        assertEquals(0.02, report.pipeline().megabytesPerSecond(), 0.0001);
        assertEquals(25.0, report.cpuSeconds("catalog-service"), 0.001);
    }

    @Test
    void printsEachStageAsARatioToItsRawLimitAndTheWholeToTheSlowest() throws Exception {
        String text = new BenchReport("header", run(), limits(50, 10, 4, 2), PostgresStatements.Summary.NONE, SearchFigures.NONE, 1_000_000).text();
        assertTrue(text.contains("ingest to Kafka"), text);
        // catalogue: 100/35 documents/s against 4: 0.71; whole: 2 against the slowest limit (Elasticsearch, 2): 1.00
        assertTrue(text.lines().anyMatch(l -> l.startsWith("catalogue") && l.trim().endsWith("0.71")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("whole pipeline") && l.contains("index") && l.trim().endsWith("1.00")), text);
        assertTrue(text.contains("catalog-service"), text);
        // 25 CPU seconds for 100 documents: the machine's cores carry at most cores / 0.25 documents/s
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "at most %.1f documents/s", cores / 0.25)), text);
    }

    @Test
    void printsPostgresTimeByStatementPerDocument() throws Exception {
        var statements = new PostgresStatements.Summary(List.of(
                new PostgresStatements.Timed("insert into work_band (band, work_id) values ($1, $2)", 3200, 300, 3200),
                new PostgresStatements.Timed("select 1", 100, 100, 100)), 500);
        String text = new BenchReport("header", run(), limits(50, 10, 4, 2), statements, SearchFigures.NONE, 1_000_000).text();
        // 500 ms over 100 documents; the band insert took 300 of them, 3 ms and 32 calls a document
        assertTrue(text.contains("5.0 ms per document"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+60\\.0% +3\\.000 +32\\.00 +insert into work_band.*")), text);
    }

    @Test
    void finishedDocumentsPerSecondByQuarterOfTheImport() throws Exception {
        BenchReport report = new BenchReport("header", run(), limits(50, 10, 4, 2), PostgresStatements.Summary.NONE,
                SearchFigures.NONE, 1_000_000);
        // indexed at the quarter marks (samples 0, 13, 25, 38, 50): 0, 15, 43, 72, 100
        double[] rates = report.finishedPerSecondByQuarter();
        assertEquals(15.0 / 13, rates[0], 0.001);
        assertEquals(28.0 / 12, rates[1], 0.001);
        assertEquals(29.0 / 13, rates[2], 0.001);
        assertEquals(28.0 / 12, rates[3], 0.001);
        assertTrue(report.text().contains("each quarter of the import: 1.2 / 2.3 / 2.2 / 2.3"), report.text());
    }

    @Test
    void chartIsWellFormedSvgWithAPanelPerMeasure() throws Exception {
        BenchReport report = new BenchReport("header", run(), limits(50, 10, 4, 2), PostgresStatements.Summary.NONE, SearchFigures.NONE, 1_000_000);
        String svg = new PipelineChart(run().samples(), report.lagGroups()).svg();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        // four stages + one lag group + one heap
        assertEquals(6, document.getElementsByTagName("polyline").getLength());
    }

    @Test
    void readsHeapFiguresFromPrometheusText() {
        JvmHeap heap = JvmHeap.parse("""
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E7
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2097152.0
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
                jvm_gc_live_data_size_bytes 3145728.0
                """);
        assertEquals(10_485_760 + 2_097_152, heap.usedBytes());
        assertEquals(3_145_728, heap.liveBytes());
    }
}
