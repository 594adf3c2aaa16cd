package io.ficmirror.ingest.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits an mbox into messages. A message starts at a line beginning "From " that follows an empty line (or starts
 * the file); that separator line is not part of the message. Lines quoted as ">From " (mboxrd) lose one '>'.
 */
final class MboxSplitter {
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    record Message(byte[] content, boolean truncated) {
    }

    private final InputStream in;
    private final long maxBytes;
    private byte[] pendingLine;
    private boolean started;
    private boolean exhausted;

    MboxSplitter(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next message, or null at the end. A message over the size limit comes back truncated and flagged. */
    Message next() throws IOException {
        if (exhausted) {
            return null;
        }
        if (!started) {
            started = true;
            byte[] first = readLine();
            if (first == null) {
                exhausted = true;
                return null;
            }
            if (!startsWith(first, FROM)) {
                pendingLine = first;
            }
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        boolean truncated = false;
        boolean previousBlank = false;
        boolean any = false;
        while (true) {
            byte[] line = pendingLine != null ? pendingLine : readLine();
            pendingLine = null;
            if (line == null) {
                exhausted = true;
                return any ? new Message(message.toByteArray(), truncated) : null;
            }
            if (previousBlank && startsWith(line, FROM)) {
                return new Message(message.toByteArray(), truncated);
            }
            any = true;
            previousBlank = isBlank(line);
            byte[] unquoted = unquote(line);
            if (!truncated && message.size() + unquoted.length <= maxBytes) {
                message.write(unquoted);
            } else {
                truncated = true;
            }
        }
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 && b == -1 ? null : line.toByteArray();
    }

    private static byte[] unquote(byte[] line) {
        int quotes = 0;
        while (quotes < line.length && line[quotes] == '>') {
            quotes++;
        }
        if (quotes > 0 && startsWith(line, quotes, FROM)) {
            byte[] shorter = new byte[line.length - 1];
            System.arraycopy(line, 1, shorter, 0, shorter.length);
            return shorter;
        }
        return line;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        return startsWith(line, 0, prefix);
    }

    private static boolean startsWith(byte[] line, int offset, byte[] prefix) {
        if (line.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
