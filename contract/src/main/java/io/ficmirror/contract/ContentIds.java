package io.ficmirror.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How ids are formed. A document id is derived from where the document lives (its archive and its path or URI),
 * not from its bytes, so importing a mirror again yields the same ids and a changed file is a new version of the
 * same document. The bytes are identified separately by their SHA-256. A parsed work's id is derived from its
 * document id; the catalogue's canonical work keeps the id of the first document it was found in, or derives it from
 * the part key when the work is spread over documents.
 */
public final class ContentIds {
    private static final int ID_HEX_DIGITS = 32;

    private ContentIds() {
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String documentId(String archive, String uri) {
        return shortHash("document:" + archive + "\n" + uri);
    }

    public static String workIdForDocument(String documentId) {
        return shortHash("work:" + documentId);
    }

    /** The id of a work assembled from documents that each hold one part of it (see {@link PartOf#key()}). */
    public static String workIdForParts(String partKey) {
        return shortHash("parts:" + partKey);
    }

    /** The id of a reader's interaction, from what identifies it in its archive (for example "review:17"). */
    public static String interactionId(String archive, String sourceKey) {
        return shortHash("interaction:" + archive + "\n" + sourceKey);
    }

    private static String shortHash(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, ID_HEX_DIGITS);
    }
}
