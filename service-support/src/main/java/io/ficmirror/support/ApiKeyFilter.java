package io.ficmirror.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every service's endpoints under /api: writes need the API key in {@value #HEADER}, reads need it too when
 * {@code ficmirror.api-key.protect-reads} is on. Without a configured key, writes are refused outright. Reads are
 * GET, HEAD and OPTIONS, and endpoints marked {@link ReadOnly}.
 */
public class ApiKeyFilter {
    public static final String HEADER = "X-Api-Key";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @ConfigProperty(name = "ficmirror.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "ficmirror.api-key.protect-reads", defaultValue = "false")
    boolean protectReads;

    @ServerRequestFilter
    public Optional<Response> requireKey(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        boolean read = READS.contains(request.getMethod())
                || resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(ReadOnly.class);
        if (!path.startsWith("/api/") || read && !protectReads) {
            return Optional.empty();
        }
        if (apiKey.isEmpty() || apiKey.get().isBlank()) {
            return Optional.of(refuse(Response.Status.SERVICE_UNAVAILABLE, (read ? "reads" : "writes")
                    + " need an API key and none is configured on this server: set FICMIRROR_API_KEY"));
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                apiKey.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(refuse(Response.Status.UNAUTHORIZED, "send the API key in the " + HEADER + " header"));
        }
        return Optional.empty();
    }

    private static Response refuse(Response.Status status, String message) {
        return Response.status(status).entity(Map.of("error", message)).type("application/json").build();
    }
}
