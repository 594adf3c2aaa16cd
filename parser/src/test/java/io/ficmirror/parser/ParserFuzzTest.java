package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ficmirror.contract.Work;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;

/**
 * Coverage-guided fuzzing of the parser with Jazzer. A normal build runs the stored inputs (ParserFuzzTestInputs,
 * where the fuzzer also leaves any input that failed); CI fuzzes for maxDuration (JAZZER_FUZZ=1, see parser/pom.xml).
 * Whatever the bytes and whatever the file name, the parser must answer with a Work or a rejection with a reason,
 * never throw, and never take more than {@value #HANG_SECONDS} s on an input the fuzzer can make (at most a few
 * hundred KB): slower would be a hang or a super-linear case.
 */
class ParserFuzzTest {
    static final long HANG_SECONDS = 10;
    private static final String[] NAMES = {"story.txt", "story.html", "viewstory.php", "post.eml", "chapter.htm",
            "download", "work.xhtml", "notes.txt"};
    private static final WorkParser PARSER = new WorkParser();
    private static final ExecutorService WATCHED = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "fuzzed-parse");
        thread.setDaemon(true);
        return thread;
    });

    /** The first byte picks the file name, the rest is the document. */
    @FuzzTest(maxDuration = "3m")
    void anyBytesUnderAnyNameGiveAWorkOrARejection(byte[] input) throws Exception {
        String name = NAMES[input.length == 0 ? 0 : (input[0] & 0xff) % NAMES.length];
        byte[] content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        ParseOutcome outcome = parseWatched(name, content);
        assertNotNull(outcome);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            Work work = parsed.work();
            assertNotNull(work.body(), "a Work always has its text");
            assertTrue(work.wordCount() >= 0, "word count " + work.wordCount());
            assertFalse(work.body().indexOf('\0') >= 0, "a NUL character reached the story text");
        } else if (outcome instanceof ParseOutcome.Rejected rejected) {
            assertFalse(rejected.kind() == null || rejected.kind().isBlank(), "a rejection names its kind");
            assertFalse(rejected.reason() == null || rejected.reason().isBlank(), "a rejection says why");
        }
    }

    private static ParseOutcome parseWatched(String name, byte[] content) throws Exception {
        Future<ParseOutcome> parse = WATCHED.submit(() -> PARSER.parse(Documents.of(name, content)));
        try {
            return parse.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new AssertionError("the parser took more than " + HANG_SECONDS + " s on " + content.length
                    + " bytes named " + name);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @AfterAll
    static void stop() {
        WATCHED.shutdownNow();
    }
}
