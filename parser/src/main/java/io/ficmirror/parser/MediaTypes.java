package io.ficmirror.parser;

import java.util.Locale;
import java.util.Map;

/** Media types from file names, for importers that have nothing better (no HTTP header, no archive metadata). */
public final class MediaTypes {
    public static final String HTML = "text/html";
    public static final String PLAIN = "text/plain";
    public static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML), Map.entry("htm", HTML), Map.entry("xhtml", "application/xhtml+xml"),
            Map.entry("php", HTML), Map.entry("asp", HTML), Map.entry("shtml", HTML),
            Map.entry("txt", PLAIN), Map.entry("text", PLAIN), Map.entry("eml", "message/rfc822"),
            Map.entry("md", "text/markdown"), Map.entry("json", "application/json"), Map.entry("jsonl", "application/jsonl"),
            Map.entry("xml", "application/xml"),
            Map.entry("css", "text/css"), Map.entry("js", "text/javascript"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"), Map.entry("pdf", "application/pdf"));

    private MediaTypes() {
    }

    /** The media type for a file name, {@value #PLAIN} for names without an extension (common in old mirrors). */
    public static String forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        if (dot <= slash + 1) {
            return PLAIN;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
    }
}
