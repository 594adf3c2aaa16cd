package io.ficmirror.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.contract.Stats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the index. User text only ever reaches Elasticsearch inside a simple_query_string, which never fails
 * on malformed input and has no way to express other queries, or as a term value or number of a filter that
 * {@link QuerySyntax} read from it; filters and sorts are built from fixed field names.
 */
@ApplicationScoped
public class WorkSearch {
    /** Facet name to indexed field. */
    static final Map<String, String> FACETS = facets();

    @Inject
    ElasticsearchClient client;

    @Inject
    WorkIndex index;

    @Inject
    ObjectMapper json;

    public SearchResult search(SearchRequest request) throws IOException {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(request.query());
        if (!parsed.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", parsed.problems()));
        }
        index.ensureExists();
        QuerySyntax.Sort sort = parsed.sortFor(request.sort(), request.ascending());
        List<SortOptions> sorts = sorts(sort.key(), sort.ascending());
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FACETS.forEach((name, field) -> aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(20)))));
        SearchResponse<WorkDocument> response = client.search(s -> {
            s.index(WorkIndex.ALIAS).size(request.size()).query(query(request, parsed)).sort(sorts)
                    .aggregations(aggregations).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("body", "sources")))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields("body", f -> f.fragmentSize(160).numberOfFragments(1).noMatchSize(160))
                            .fields("summary", f -> f.fragmentSize(160).numberOfFragments(1)));
            if (request.after() != null && !request.after().isBlank()) {
                s.searchAfter(decodeCursor(request.after()));
            }
            return s;
        }, WorkDocument.class);

        List<SearchHit> hits = new ArrayList<>();
        for (Hit<WorkDocument> hit : response.hits().hits()) {
            hits.add(hit(hit, snippet(hit)));
        }
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        FACETS.keySet().forEach(name -> facets.put(name, response.aggregations().get(name).sterms().buckets().array().stream()
                .map(b -> new SearchResult.FacetValue(b.key().stringValue(), b.docCount())).toList()));
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        List<Hit<WorkDocument>> page = response.hits().hits();
        String next = page.size() == request.size() && !page.isEmpty() ? encodeCursor(page.get(page.size() - 1).sort()) : null;
        return new SearchResult(request.query(), total, hits, facets, next);
    }

    private static Query query(SearchRequest request, QuerySyntax.Parsed parsed) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (parsed.hasText()) {
            bool.must(m -> m.simpleQueryString(sq -> sq.query(parsed.text()).defaultOperator(Operator.And)
                    .fields("title^4", "creators^3", "fandoms.text^2", "relationships.text^2", "characters.text^2",
                            "freeforms.text^2", "summary^2", "body")));
        }
        for (QuerySyntax.Filter filter : parsed.filters()) {
            if (filter.excluded()) {
                bool.mustNot(filterQuery(filter));
            } else {
                bool.filter(filterQuery(filter));
            }
        }
        eachTerm(bool, "fandoms", request.fandoms());
        eachTerm(bool, "relationships", request.relationships());
        eachTerm(bool, "characters", request.characters());
        eachTerm(bool, "freeforms", request.tags());
        eachTerm(bool, "warnings", request.warnings());
        eachTerm(bool, "categories", request.categories());
        if (!request.ratings().isEmpty()) {
            List<FieldValue> ratings = request.ratings().stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field("rating").terms(v -> v.value(ratings))));
        }
        for (String warning : request.excludedWarnings()) {
            bool.mustNot(n -> n.term(t -> t.field("warnings").value(warning)));
        }
        if (request.language() != null) {
            bool.filter(f -> f.term(t -> t.field("language").value(request.language())));
        }
        if (request.creator() != null) {
            bool.filter(f -> f.term(t -> t.field("creators.keyword").value(request.creator())));
        }
        if (request.minWords() != null || request.maxWords() != null) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field("wordCount")
                    .gte(request.minWords() == null ? null : request.minWords().doubleValue())
                    .lte(request.maxWords() == null ? null : request.maxWords().doubleValue()))));
        }
        dateRange(bool, "publishedAt", request.publishedFrom(), request.publishedTo());
        dateRange(bool, "updatedAt", request.updatedFrom(), request.updatedTo());
        return Query.of(q -> q.bool(bool.build()));
    }

    private static void eachTerm(BoolQuery.Builder bool, String field, List<String> values) {
        for (String value : values) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    private static void dateRange(BoolQuery.Builder bool, String field, java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null || to != null) {
            bool.filter(f -> f.range(r -> r.date(d -> d.field(field)
                    .gte(from == null ? null : from.toString()).lte(to == null ? null : to.toString()))));
        }
    }

    private static Query filterQuery(QuerySyntax.Filter filter) {
        if (filter instanceof QuerySyntax.Range range) {
            return range.matchesNothing() ? Query.of(q -> q.matchNone(none -> none))
                    : Query.of(q -> q.range(r -> r.number(n -> n.field(range.field())
                            .gte((double) range.min()).lte((double) range.max()))));
        }
        QuerySyntax.Term term = (QuerySyntax.Term) filter;
        List<Query> anyField = term.fields().stream()
                .map(field -> Query.of(q -> q.term(t -> t.field(field).value(term.value()).caseInsensitive(true))))
                .toList();
        return anyField.size() == 1 ? anyField.get(0) : Query.of(q -> q.bool(b -> b.should(anyField).minimumShouldMatch("1")));
    }

    /**
     * The chosen order, then the work id, so that every hit has a unique position for search_after. Works without
     * the sorted value come last in either direction.
     */
    private static List<SortOptions> sorts(String sort, boolean ascending) {
        SortOrder order = ascending ? SortOrder.Asc : SortOrder.Desc;
        List<SortOptions> sorts = new ArrayList<>();
        switch (sort) {
            case "relevance" -> sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(order))));
            case "published" -> sorts.add(byField("publishedAt", order));
            case "updated" -> sorts.add(byField("updatedAt", order));
            case "words" -> sorts.add(byField("wordCount", order));
            case "title" -> sorts.add(byField("titleSort", order));
            default -> {
                if (!Stats.COUNTERS.contains(sort)) {
                    throw new IllegalArgumentException("sort must be one of " + SearchRequest.SORTS);
                }
                sorts.add(byField(WorkDocument.engagementField(sort), order));
            }
        }
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("workId").order(SortOrder.Asc))));
        return sorts;
    }

    private static SortOptions byField(String field, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(order).missing("_last")));
    }

    private String encodeCursor(List<FieldValue> values) {
        List<Object> plain = values.stream().map(v -> v.isNull() ? null : v._get()).toList();
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(plain));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<FieldValue> decodeCursor(String cursor) {
        try {
            List<Object> plain = json.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<List<Object>>() { });
            return plain.stream().map(v -> v == null ? FieldValue.NULL : v instanceof Number n
                    ? (n instanceof Double || n instanceof Float ? FieldValue.of(n.doubleValue()) : FieldValue.of(n.longValue()))
                    : v instanceof Boolean b ? FieldValue.of(b) : FieldValue.of(String.valueOf(v))).toList();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + cursor + "\" is not a cursor from this API: pass the \"next\" of the previous page");
        }
    }

    private static SearchHit hit(Hit<WorkDocument> hit, String snippet) {
        WorkDocument work = hit.source();
        return new SearchHit(work.workId(), work.documentIds(), work.title(), work.creators(), work.fandoms(),
                work.rating(), work.wordCount(), work.engagement() == null ? Map.of() : work.engagement(), snippet,
                hit.score());
    }

    private static String snippet(Hit<WorkDocument> hit) {
        for (String field : List.of("body", "summary")) {
            List<String> fragments = hit.highlight().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("fandom", "fandoms");
        facets.put("relationship", "relationships");
        facets.put("character", "characters");
        facets.put("freeform", "freeforms");
        facets.put("rating", "rating");
        facets.put("warning", "warnings");
        facets.put("category", "categories");
        facets.put("language", "language");
        return facets;
    }

    /** More like this over the work's text and tags; empty when the work is not in the index. */
    public java.util.Optional<List<SearchHit>> similar(String workId, int size) throws IOException {
        index.ensureExists();
        if (!client.exists(e -> e.index(WorkIndex.ALIAS).id(workId)).value()) {
            return java.util.Optional.empty();
        }
        SearchResponse<WorkDocument> response = client.search(s -> s.index(WorkIndex.ALIAS).size(size)
                .query(q -> q.moreLikeThis(m -> m
                        .fields("title", "summary", "body", "fandoms.text", "relationships.text", "characters.text", "freeforms.text")
                        .like(l -> l.document(d -> d.index(WorkIndex.ALIAS).id(workId)))
                        .minTermFreq(1).minDocFreq(1).maxQueryTerms(60).minimumShouldMatch("10%")))
                .source(src -> src.filter(f -> f.excludes("body", "sources"))), WorkDocument.class);
        return java.util.Optional.of(response.hits().hits().stream().map(hit -> hit(hit, null)).toList());
    }

    /**
     * Tags starting with the prefix, with their work counts, from term aggregations: the keyword fields keep case,
     * so the prefix becomes a case-insensitive pattern, every character escaped or spelled as [xX].
     */
    public List<TagSuggestion> suggest(String prefix, String type, int size) throws IOException {
        index.ensureExists();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("fandom", "relationship", "character", "freeform")) {
            if (type == null || type.equals(name)) {
                fields.put(name, FACETS.get(name));
            }
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("type must be fandom, relationship, character or freeform");
        }
        String pattern = caseInsensitive(prefix) + ".*";
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        fields.forEach((name, field) -> aggregations.put(name,
                Aggregation.of(a -> a.terms(t -> t.field(field).size(size).include(i -> i.regexp(pattern))))));
        SearchResponse<Void> response = client.search(s -> s.index(WorkIndex.ALIAS).size(0).aggregations(aggregations), Void.class);
        List<TagSuggestion> suggestions = new ArrayList<>();
        fields.keySet().forEach(name -> response.aggregations().get(name).sterms().buckets().array()
                .forEach(b -> suggestions.add(new TagSuggestion(name, b.key().stringValue(), b.docCount()))));
        suggestions.sort(java.util.Comparator.comparingLong(TagSuggestion::works).reversed().thenComparing(TagSuggestion::name));
        return suggestions.subList(0, Math.min(size, suggestions.size()));
    }

    static String caseInsensitive(String prefix) {
        StringBuilder pattern = new StringBuilder();
        prefix.codePoints().forEach(c -> {
            int lower = Character.toLowerCase(c);
            int upper = Character.toUpperCase(c);
            if (lower != upper) {
                pattern.append('[').appendCodePoint(lower).appendCodePoint(upper).append(']');
            } else if (Character.isLetterOrDigit(c)) {
                pattern.appendCodePoint(c);
            } else {
                pattern.append('\\').appendCodePoint(c);
            }
        });
        return pattern.toString();
    }
}
