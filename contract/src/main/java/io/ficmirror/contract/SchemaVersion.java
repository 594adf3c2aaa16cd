package io.ficmirror.contract;

/**
 * The version every event carries in its {@code schemaVersion} field. Within one version, fields are only ever added
 * (and are optional); readers ignore fields they do not know. A breaking change means a new version.
 */
public final class SchemaVersion {
    public static final int CURRENT = 1;

    private SchemaVersion() {
    }
}
