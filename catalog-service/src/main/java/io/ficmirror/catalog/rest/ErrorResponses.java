package io.ficmirror.catalog.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Client errors answer with what was wrong, as {"error": ...}, instead of an empty body. */
public class ErrorResponses {

    @ServerExceptionMapper
    public Response explain(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getStatus() >= 500 || e.getMessage() == null) {
            return original;
        }
        return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", e.getMessage())).build();
    }
}
