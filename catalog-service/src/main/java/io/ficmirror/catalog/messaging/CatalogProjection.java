package io.ficmirror.catalog.messaging;

import io.ficmirror.catalog.service.Catalog;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.Work;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps Postgres in step with the topics. An event that cannot be stored goes to the channel's dead-letter topic. */
@ApplicationScoped
public class CatalogProjection {

    @Inject
    Catalog catalog;

    @Incoming("works-parsed")
    @Blocking
    public void onWork(Work work) {
        catalog.record(work);
    }

    @Incoming("documents-rejected")
    @Blocking
    public void onRejection(DocumentRejected rejection) {
        catalog.record(rejection);
    }
}
