package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.parser.MediaTypes;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends files to ingest-service, then follows each document until it is catalogued and indexed, or rejected.
 * A document counts as done only for the version (SHA-256) that was sent.
 */
final class Importer {
    private static final int LOOKUP_CHUNK = 500;

    private final ServiceClient client;
    private final PrintStream progress;
    private final boolean terminal = System.console() != null;
    private String lastProgress = "";

    Importer(ServiceClient client, PrintStream progress) {
        this.client = client;
        this.progress = progress;
    }

    /** One document of the import and what became of it. */
    static final class Tracked {
        final MirrorFiles.MirrorFile file;
        String documentId;
        String sha256;
        String state = "sent";
        String reason;
        String title;

        Tracked(MirrorFiles.MirrorFile file) {
            this.file = file;
        }

        boolean finished() {
            return state.equals("indexed") || state.equals("rejected");
        }
    }

    List<Tracked> send(List<MirrorFiles.MirrorFile> files) throws IOException {
        List<Tracked> tracked = new ArrayList<>();
        int sent = 0;
        for (MirrorFiles.MirrorFile file : files) {
            Tracked document = new Tracked(file);
            String mediaType = MediaTypes.forFileName(file.file().getFileName().toString());
            JsonNode receipt = client.postFile(Service.INGEST, "/api/documents", file.file(), Map.of(
                    "Content-Type", mediaType, "X-Ficmirror-Archive", file.archive(), "X-Ficmirror-Path", file.path()));
            document.documentId = receipt.path("documentId").asText();
            document.sha256 = receipt.path("sha256").asText();
            tracked.add(document);
            ++sent;
            if (terminal || sent == files.size() || sent % 100 == 0) {
                report("Sent %d/%d documents".formatted(sent, files.size()));
            }
        }
        endReport();
        return tracked;
    }

    /** Polls the catalogue and the index until every document is finished or the timeout passes. */
    boolean await(List<Tracked> documents, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            refresh(documents);
            long rejected = documents.stream().filter(d -> d.state.equals("rejected")).count();
            long catalogued = documents.stream().filter(d -> d.state.equals("catalogued") || d.state.equals("indexed")).count();
            long indexed = documents.stream().filter(d -> d.state.equals("indexed")).count();
            report("Catalogued %d, indexed %d, rejected %d of %d documents".formatted(catalogued, indexed, rejected,
                    documents.size()));
            if (documents.stream().allMatch(Tracked::finished)) {
                endReport();
                return true;
            }
            if (System.nanoTime() > deadline) {
                endReport();
                return false;
            }
            sleep();
        }
    }

    private void refresh(List<Tracked> documents) throws IOException {
        List<Tracked> open = documents.stream().filter(d -> !d.finished()).toList();
        for (int from = 0; from < open.size(); from += LOOKUP_CHUNK) {
            List<Tracked> chunk = open.subList(from, Math.min(open.size(), from + LOOKUP_CHUNK));
            Map<String, Tracked> byId = new LinkedHashMap<>();
            chunk.forEach(d -> byId.put(d.documentId, d));
            JsonNode statuses = client.postJson(Service.CATALOG, "/api/documents/status",
                    Map.of("documentIds", List.copyOf(byId.keySet())));
            List<String> catalogued = new ArrayList<>();
            for (JsonNode status : statuses) {
                Tracked document = byId.get(status.path("documentId").asText());
                if (document == null || !document.sha256.equals(status.path("sha256").asText())) {
                    continue;
                }
                switch (status.path("state").asText()) {
                    case "rejected" -> {
                        document.state = "rejected";
                        document.reason = status.path("reason").asText();
                    }
                    case "catalogued" -> {
                        document.state = "catalogued";
                        document.title = status.path("title").isNull() ? null : status.path("title").asText();
                        catalogued.add(document.documentId);
                    }
                    default -> {
                    }
                }
            }
            if (!catalogued.isEmpty()) {
                JsonNode indexed = client.postJson(Service.SEARCH, "/api/index/documents", Map.of("documentIds", catalogued));
                Map<String, String> indexedSha = new HashMap<>();
                indexed.path("documents").forEach(d -> indexedSha.put(d.path("documentId").asText(), d.path("sha256").asText()));
                for (String id : catalogued) {
                    Tracked document = byId.get(id);
                    if (document.sha256.equals(indexedSha.get(id))) {
                        document.state = "indexed";
                    }
                }
            }
        }
    }

    /** On a terminal the line is rewritten in place; elsewhere (logs, CI) a line is printed only when it changes. */
    private void report(String line) {
        if (line.equals(lastProgress)) {
            return;
        }
        lastProgress = line;
        if (terminal) {
            progress.print("\r" + line);
        } else {
            progress.println(line);
        }
    }

    private void endReport() {
        if (terminal) {
            progress.println();
        }
        lastProgress = "";
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
