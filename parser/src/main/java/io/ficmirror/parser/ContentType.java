package io.ficmirror.parser;

import java.util.Locale;

/** The media type and charset of a Content-Type header, both null when the header says nothing useful. */
public record ContentType(String mediaType, String charset) {

    public static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return new ContentType(null, null);
        }
        String[] parts = header.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                charset = parameter[1].strip().replace("\"", "");
            }
        }
        boolean unknown = mediaType.isEmpty() || mediaType.equals("application/octet-stream") || mediaType.equals("*/*");
        return new ContentType(unknown ? null : mediaType, charset == null || charset.isEmpty() ? null : charset);
    }
}
