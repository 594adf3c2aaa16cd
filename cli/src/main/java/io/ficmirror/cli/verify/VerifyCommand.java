package io.ficmirror.cli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.ServiceClient;
import io.ficmirror.cli.stack.LocalStack;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.cli.stack.StackSettings;
import io.ficmirror.cli.verify.DriftFinder.Drift;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", description = {
        "Compares the catalogue, the search index and the import ledger, and reports any drift.",
        "Waits first for the pipeline to go idle (no consumer lag), so documents in flight are not taken for drift.",
        "With --repair: works the index lacks or holds at another version are published again, works the catalogue",
        "no longer has are removed from the index, lost feedback is recorded in the ledger, and documents that never",
        "arrived are marked to be sent again by the next import of their mirror."})
public class VerifyCommand implements Callable<Integer> {
    private static final long IDLE_FOR_MILLIS = 12_000; // longer than the catalogue's feed sweep (10 s)
    private static final long REMEMBERED_DELETES_MILLIS = 65_000;

    @Option(names = "--repair", description = "repair what drifted, then verify again")
    boolean repair;

    @Option(names = "--wait", defaultValue = "300", description = "seconds to wait for the pipeline to go idle (default ${DEFAULT-VALUE})")
    long waitSeconds;

    @Override
    public Integer call() throws Exception {
        StackSettings settings = StackSettings.fromEnvironment();
        ServiceClient client = new ServiceClient(settings);
        LocalStack stack = new LocalStack(settings, System.err);
        awaitIdle(stack);
        Drift drift = find(client);
        print(drift);
        if (drift.none()) {
            System.out.println("No drift: every work in the catalogue is in the index at its version, and every document sent is catalogued or rejected.");
            return 0;
        }
        if (!repair) {
            System.out.println("Run ./ficmirror verify --repair to repair it.");
            return 1;
        }
        List<String> mirrors = repair(client, drift);
        awaitIdle(stack);
        Drift after = find(client);
        System.out.println();
        System.out.println("After the repair:");
        print(after);
        if (!mirrors.isEmpty() && !after.neverStored.isEmpty()) {
            System.out.println("Import these mirrors again to send the documents that never arrived (the rest are skipped as unchanged):");
            mirrors.forEach(mirror -> System.out.println("  ./ficmirror import " + mirror));
        }
        return after.none() ? 0 : 1;
    }

    static Drift find(ServiceClient client) {
        return DriftFinder.find(
                new Pages<>(client, Service.CATALOG, "/api/consistency/works", "id", VerifyCommand::workVersion),
                new Pages<>(client, Service.SEARCH, "/api/consistency/works", "id", VerifyCommand::workVersion),
                new Pages<>(client, Service.CATALOG, "/api/consistency/documents", "documentId",
                        d -> new DriftFinder.CatalogueDocument(d.path("documentId").asText(), text(d, "sha256"),
                                text(d, "workId"), d.path("rejected").asBoolean())),
                new Pages<>(client, Service.INGEST, "/api/consistency/documents", "documentId",
                        d -> new DriftFinder.LedgerDocument(d.path("documentId").asText(), d.path("sha256").asText(),
                                d.path("catalogued").asBoolean(), d.path("indexed").asBoolean(), d.path("rejected").asBoolean())));
    }

    private static DriftFinder.WorkVersion workVersion(JsonNode work) {
        return new DriftFinder.WorkVersion(work.path("id").asText(), work.path("version").asLong());
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null : node.path(field).asText();
    }

    static void print(Drift drift) {
        System.out.printf("Compared: catalogue %,d works and %,d documents, index %,d works, import ledger %,d documents.%n",
                drift.catalogueWorks, drift.catalogueDocuments, drift.indexWorks, drift.ledgerDocuments);
        line("works missing from the index", drift.missingFromIndex);
        line("works at an older version in the index", drift.staleInIndex);
        line("works at a newer version in the index", drift.aheadInIndex);
        line("works in the index that the catalogue does not have", drift.notInCatalogue);
        line("documents sent but neither catalogued nor rejected", drift.neverStored);
        line("documents catalogued that the ledger does not know are", ids(drift.ledgerBehindCatalogue));
        line("documents indexed that the ledger does not know are", ids(drift.ledgerBehindIndex));
        if (drift.withoutLedger > 0) {
            System.out.printf("  (%,d documents in the catalogue did not come through ingest: not drift)%n", drift.withoutLedger);
        }
    }

    private static void line(String what, List<String> ids) {
        System.out.printf("  %-56s %,9d%s%n", what, ids.size(),
                ids.isEmpty() ? "" : "   e.g. " + String.join(", ", ids.subList(0, Math.min(3, ids.size()))));
    }

    private static List<String> ids(List<DriftFinder.Version> versions) {
        return versions.stream().map(DriftFinder.Version::documentId).toList();
    }

    /** Returns the mirrors to import again for the documents that never arrived. */
    private static List<String> repair(ServiceClient client, Drift drift) throws IOException {
        System.out.println();
        System.out.println("Repairing:");
        int removed = remove(client, concat(drift.notInCatalogue, drift.aheadInIndex));
        if (!drift.aheadInIndex.isEmpty()) {
            // Elasticsearch remembers a deletion's version for a minute (index.gc_deletes) and refuses older ones
            System.out.println("  waiting a minute for the index to forget the removed versions ...");
            sleep(REMEMBERED_DELETES_MILLIS);
        }
        int republished = 0;
        for (List<String> chunk : chunks(concat(concat(drift.missingFromIndex, drift.staleInIndex), drift.aheadInIndex), 10_000)) {
            republished += client.postJson(Service.CATALOG, "/api/consistency/republish", Map.of("workIds", chunk))
                    .path("republished").asInt();
        }
        System.out.printf("  %,d works removed from the index, %,d works published again by the catalogue%n", removed, republished);
        record("catalogue", drift.ledgerBehindCatalogue, client);
        record("search", drift.ledgerBehindIndex, client);
        Set<String> mirrors = new LinkedHashSet<>();
        int resend = 0;
        for (List<String> chunk : chunks(drift.neverStored, 10_000)) {
            JsonNode answer = client.postJson(Service.INGEST, "/api/consistency/resend", Map.of("documentIds", chunk));
            resend += answer.path("documents").asInt();
            answer.path("mirrors").forEach(m -> mirrors.add(m.asText()));
        }
        if (resend > 0) {
            System.out.printf("  %,d documents that never arrived will be sent again by the next import of their mirror%n", resend);
        }
        return new ArrayList<>(mirrors);
    }

    private static int remove(ServiceClient client, List<String> workIds) throws IOException {
        int removed = 0;
        for (List<String> chunk : chunks(workIds, 1000)) {
            removed += client.postJson(Service.SEARCH, "/api/consistency/remove", Map.of("workIds", chunk)).path("removed").asInt();
        }
        return removed;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void record(String store, List<DriftFinder.Version> versions, ServiceClient client) throws IOException {
        for (List<DriftFinder.Version> chunk : chunks(versions, 10_000)) {
            client.postJson(Service.INGEST, "/api/consistency/stored", Map.of("store", store, "documents", chunk));
        }
        if (!versions.isEmpty()) {
            System.out.printf("  %,d documents recorded in the ledger as in the %s%n", versions.size(),
                    "search".equals(store) ? "index" : "catalogue");
        }
    }

    private void awaitIdle(LocalStack stack) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitSeconds * 1000;
        long idleSince = -1;
        boolean told = false;
        while (System.currentTimeMillis() < deadline) {
            long behind = stack.consumerLag().values().stream().flatMap(t -> t.values().stream()).mapToLong(Long::longValue).sum();
            long now = System.currentTimeMillis();
            if (behind > 0) {
                idleSince = -1;
                if (!told) {
                    System.err.printf("Waiting for the pipeline to go idle (%,d messages behind) ...%n", behind);
                    told = true;
                }
            } else if (idleSince < 0) {
                idleSince = now;
            } else if (now - idleSince >= IDLE_FOR_MILLIS) {
                return;
            }
            Thread.sleep(1000);
        }
        System.err.println("The pipeline is still busy after " + waitSeconds + " s: documents in flight will show as drift.");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }
}
