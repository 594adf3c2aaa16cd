package io.ficmirror.ingest.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads ARC files (the Internet Archive's format before WARC). Each record is a header line
 * {@code URL IP DATE CONTENT-TYPE LENGTH}, then LENGTH bytes: for web captures an HTTP response, status line and
 * headers included. The first record ({@code filedesc://}) describes the file itself.
 */
final class ArcReader {

    /** One captured response: its URI, HTTP status (0 when the record holds no HTTP response), type and body. */
    record Capture(String uri, int status, String contentType, byte[] body, boolean tooLarge) {
    }

    private final InputStream in;
    private final long maxDocumentBytes;

    ArcReader(InputStream in, long maxDocumentBytes) {
        this.in = in;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** The next capture, or null at the end; the file's own description record is passed over. */
    Capture next() throws IOException {
        while (true) {
            String header = readHeaderLine();
            if (header == null) {
                return null;
            }
            String[] fields = header.split(" ");
            if (fields.length < 5) {
                throw new IOException("not an ARC record header: " + header);
            }
            long length;
            try {
                length = Long.parseLong(fields[fields.length - 1]);
            } catch (NumberFormatException e) {
                throw new IOException("an ARC record header without a length: " + header, e);
            }
            String uri = fields[0];
            if (uri.startsWith("filedesc://")) {
                in.skipNBytes(length);
                continue;
            }
            if (length > maxDocumentBytes + 64 * 1024) {
                in.skipNBytes(length);
                return new Capture(uri, 0, fields[3], null, true);
            }
            byte[] record = in.readNBytes((int) length);
            if (record.length < length) {
                throw new IOException("the ARC file ends inside the record for " + uri);
            }
            return capture(uri, fields[3], record);
        }
    }

    private Capture capture(String uri, String declaredType, byte[] record) {
        if (!uri.startsWith("http") || !startsWith(record, "HTTP/")) {
            return new Capture(uri, 0, declaredType, record, false);
        }
        int end = headerEnd(record);
        if (end < 0) {
            return new Capture(uri, 0, declaredType, record, false);
        }
        String[] lines = new String(record, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n");
        int status = 0;
        String[] statusLine = lines[0].split(" ");
        if (statusLine.length > 1) {
            try {
                status = Integer.parseInt(statusLine[1]);
            } catch (NumberFormatException e) {
                status = 0;
            }
        }
        String contentType = declaredType;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-type")) {
                contentType = line.substring(colon + 1).strip();
            }
        }
        int bodyStart = end + (record[end] == '\r' ? 4 : 2);
        byte[] body = new byte[Math.max(0, record.length - bodyStart)];
        System.arraycopy(record, Math.min(bodyStart, record.length), body, 0, body.length);
        return new Capture(uri, status, contentType, body, body.length > maxDocumentBytes);
    }

    /** Index of the blank line ending the HTTP headers (at its first CR or LF), or -1. */
    private static int headerEnd(byte[] record) {
        for (int i = 0; i + 1 < record.length; i++) {
            if (record[i] == '\n' && record[i + 1] == '\n') {
                return i;
            }
            if (i + 3 < record.length && record[i] == '\r' && record[i + 1] == '\n' && record[i + 2] == '\r' && record[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The next non-empty line, or null at the end of the file. */
    private String readHeaderLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                if (line.size() > 0) {
                    return line.toString(StandardCharsets.ISO_8859_1).strip();
                }
                continue;
            }
            if (line.size() > 8192) {
                throw new IOException("an ARC record header longer than 8 KB: this is not an ARC file");
            }
            line.write(b);
        }
        return line.size() > 0 ? line.toString(StandardCharsets.ISO_8859_1).strip() : null;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return bytes.length >= prefix.length()
                && new String(bytes, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }
}
