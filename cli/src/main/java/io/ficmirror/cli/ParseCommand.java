package io.ficmirror.cli;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Source;
import io.ficmirror.parser.MediaTypes;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.parser.WorkParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", description = {
        "Parses files in-process (no stack needed) and prints one JSON line per file, in argument order:",
        "the Work, or {\"rejected\": {\"kind\": ..., \"reason\": ...}}."})
class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--explain", description = "also say on standard error which format each file was read as, and why")
    boolean explain;

    private final WorkParser parser = new WorkParser();

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failures = 0;
        for (Path file : files) {
            Object line;
            try {
                line = parse(file);
            } catch (IOException | RuntimeException e) {
                failures++;
                line = Map.of("error", Map.of("file", file.toString(), "message", String.valueOf(e.getMessage())));
            }
            out.println(Json.MAPPER.writeValueAsString(line));
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private Object parse(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String uri = file.toString();
        Source source = new Source("local", uri, ContentIds.sha256Hex(content));
        RawDocument document = new RawDocument(ContentIds.documentId(source.archive(), uri), source,
                MediaTypes.forFileName(file.getFileName().toString()), null, content);
        ParseOutcome outcome = parser.parse(document);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            if (explain) {
                System.err.println(file + ": " + parsed.explanation());
            }
            return parsed.work();
        }
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
        if (explain) {
            System.err.println(file + ": rejected (" + rejected.kind() + "): " + rejected.reason());
        }
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("kind", rejected.kind());
        why.put("reason", rejected.reason());
        return Map.of("rejected", why);
    }
}
