package io.ficmirror.ingest.mirror;

import io.ficmirror.parser.MediaTypes;
import java.util.Locale;
import java.util.Set;

/** Which entries are documents worth parsing, and which are a site's furniture (images, styles, scripts, fonts). */
final class DocumentKinds {
    private static final Set<String> FURNITURE = Set.of("text/css", "text/javascript", "application/javascript",
            "application/x-javascript", "application/font-woff", "application/vnd.ms-fontobject", "application/pdf",
            "application/x-shockwave-flash", "application/zip", "application/json", "application/jsonl", "application/xml");

    private DocumentKinds() {
    }

    static String mediaTypeOf(String path, String declared) {
        if (declared != null && !declared.isBlank()) {
            return declared.toLowerCase(Locale.ROOT);
        }
        String name = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return MediaTypes.forFileName(name);
    }

    /** Null when it is a document; otherwise why it is skipped. */
    static String whyNotADocument(String mediaType) {
        if (mediaType.startsWith("image/") || mediaType.startsWith("audio/") || mediaType.startsWith("video/")
                || mediaType.startsWith("font/") || FURNITURE.contains(mediaType)) {
            return "not a document (" + mediaType + ")";
        }
        return null;
    }
}
