package db.migration;

import io.ficmirror.catalog.dedup.FingerprintUpgrade;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Fingerprints change scheme from classic MinHash (128 hashes per shingle) to one-permutation MinHash: every stored
 * fingerprint and band is computed again from the stored texts, and every work is published again with its new
 * fingerprint. Runs once, at the first start after the upgrade, before the service consumes anything.
 */
public class V5__one_permutation_fingerprints extends BaseJavaMigration {
    private static final Logger LOG = Logger.getLogger(V5__one_permutation_fingerprints.class);

    @Override
    public void migrate(Context context) throws Exception {
        LOG.info("Recomputing the stored text fingerprints under the new scheme (once; large catalogues take minutes)");
        new FingerprintUpgrade(context.getConnection(), done -> {
            if (done > 0 && done % 10_000 == 0) {
                LOG.infof("  %,d sources fingerprinted", done);
            }
        }).run();
    }
}
