package io.ficmirror.efiction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Readers' pseudonyms for one archive: HMAC-SHA256 of the reader's account id under the archive's own secret. The
 * same reader gets the same pseudonym every time that archive is imported; without the secret a pseudonym cannot be
 * traced back to the account, and the same person in two archives gets two unrelated pseudonyms.
 */
public final class ReaderPseudonyms {
    private static final int HEX_DIGITS = 24;
    private final SecretKeySpec key;

    /** @param secret the archive's secret, at least 16 random bytes, kept by the importer and never published */
    public ReaderPseudonyms(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a pseudonym secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The pseudonym of account {@code uid}; null for eFiction's guests (uid 0 or less), who have no account. */
    public String of(long uid) {
        if (uid <= 0) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("reader:" + uid).getBytes(StandardCharsets.UTF_8));
            return "r-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
