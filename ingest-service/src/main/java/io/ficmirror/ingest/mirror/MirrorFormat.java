package io.ficmirror.ingest.mirror;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** What kind of container a file is, told by its first bytes rather than its name where the bytes say. */
enum MirrorFormat {
    FOLDER, ZIP, TAR, TAR_GZIP, WARC, ARC, ARC_GZIP, MBOX, SINGLE_DOCUMENT;

    private static final int SNIFF_BYTES = 512;

    static MirrorFormat of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return FOLDER;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            return ZIP;
        }
        if (startsWith(head, new byte[] {(byte) 0x1f, (byte) 0x8b})) {
            byte[] inner = gunzippedHead(path);
            if (startsWith(inner, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
                return WARC;
            }
            if (startsWith(inner, "filedesc://".getBytes(StandardCharsets.US_ASCII))) {
                return ARC_GZIP;
            }
            return isTar(inner) || name.endsWith(".tgz") || name.endsWith(".tar.gz") ? TAR_GZIP : SINGLE_DOCUMENT;
        }
        if (startsWith(head, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
            return WARC;
        }
        if (startsWith(head, "filedesc://".getBytes(StandardCharsets.US_ASCII))) {
            return ARC;
        }
        if (isTar(head)) {
            return TAR;
        }
        if (startsWith(head, "From ".getBytes(StandardCharsets.US_ASCII)) && (name.endsWith(".mbox") || name.endsWith(".mbx")
                || !name.contains("."))) {
            return MBOX;
        }
        return SINGLE_DOCUMENT;
    }

    /**
     * A tar header: "ustar" at offset 257 and a header checksum that adds up. The magic alone is not enough: a story
     * mentioning "Mustard" at the right place of its first line has it too.
     */
    static boolean isTar(byte[] head) {
        return head.length >= 512 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")
                && checksumMatches(head);
    }

    /** The checksum field (octal, at 148) is the sum of the header's bytes with the field itself counted as spaces. */
    private static boolean checksumMatches(byte[] header) {
        String field = new String(header, 148, 8, StandardCharsets.US_ASCII).replace('\0', ' ').strip();
        if (field.isEmpty() || !field.chars().allMatch(c -> c >= '0' && c <= '7')) {
            return false;
        }
        long recorded = Long.parseLong(field, 8);
        long unsigned = 0;
        long signed = 0; // some old tar programs summed signed bytes
        for (int i = 0; i < 512; i++) {
            byte b = i >= 148 && i < 156 ? (byte) ' ' : header[i];
            unsigned += b & 0xff;
            signed += b;
        }
        return recorded == unsigned || recorded == signed;
    }

    private static byte[] gunzippedHead(Path path) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
