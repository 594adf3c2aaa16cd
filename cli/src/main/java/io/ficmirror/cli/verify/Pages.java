package io.ficmirror.cli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.ServiceClient;
import io.ficmirror.cli.stack.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** A consistency listing read a page at a time ({@code ?after=<last id>&limit=}), as one iterator in id order. */
final class Pages<T> implements Iterator<T> {
    static final int SIZE = 10_000;

    private final ServiceClient client;
    private final Service service;
    private final String path;
    private final String idField;
    private final Function<JsonNode, T> read;
    private final ArrayDeque<T> page = new ArrayDeque<>();
    private String after = "";
    private boolean last;

    Pages(ServiceClient client, Service service, String path, String idField, Function<JsonNode, T> read) {
        this.client = client;
        this.service = service;
        this.path = path;
        this.idField = idField;
        this.read = read;
    }

    @Override
    public boolean hasNext() {
        if (page.isEmpty() && !last) {
            fetch();
        }
        return !page.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.removeFirst();
    }

    private void fetch() {
        JsonNode items;
        try {
            items = client.get(service, path + "?limit=" + SIZE + "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        items.forEach(item -> page.add(read.apply(item)));
        last = items.size() < SIZE;
        if (!items.isEmpty()) {
            after = items.get(items.size() - 1).path(idField).asText();
        }
    }
}
