package io.ficmirror.catalog.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * A long list streamed as JSON Lines, read a page at a time: each page is asked for after the last value of the one
 * before (null for the first), until a page comes back short.
 */
final class JsonLines {
    static final String MEDIA_TYPE = "application/jsonl";

    private JsonLines() {
    }

    static <T> StreamingOutput stream(ObjectMapper json, int pageSize, Function<T, List<T>> pageAfter) {
        return output -> {
            OutputStream out = new BufferedOutputStream(output, 1 << 16);
            T last = null;
            while (true) {
                List<T> page = pageAfter.apply(last);
                for (T value : page) {
                    json.writeValue(new NonClosing(out), value);
                    out.write('\n');
                }
                out.flush();
                if (page.size() < pageSize) {
                    return;
                }
                last = page.get(page.size() - 1);
            }
        };
    }

    /** Jackson closes the stream it writes to; the export writes many values to one. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
