package io.ficmirror.kubernetes;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a resource into its kind's Java model and refuses what the API server would not take. The models of
 * fabric8 and Strimzi keep unknown fields in an "additionalProperties" map instead of failing; with that catch-all
 * switched off, FAIL_ON_UNKNOWN_PROPERTIES names every unknown field with its path. Scalars are not coerced
 * ("3" is not a number), and properties the model marks required must be present.
 */
final class StrictReader {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return false;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    static {
        STRICT.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    private StrictReader() {
    }

    /** The problems reading this JSON as the model class: empty when it is valid. */
    static List<String> problems(JsonNode json, Class<?> model) {
        List<String> problems = new ArrayList<>();
        try {
            STRICT.treeToValue(json, model);
        } catch (Exception e) {
            problems.add(e.getMessage().lines().findFirst().orElse(e.toString()));
            return problems;
        }
        missingRequired(json, STRICT.constructType(model), "", problems);
        return problems;
    }

    private static void missingRequired(JsonNode json, JavaType type, String path, List<String> problems) {
        if (json == null || json.isNull()) {
            return;
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            for (int i = 0; i < json.size(); i++) {
                missingRequired(json.get(i), type.getContentType(), path + "[" + i + "]", problems);
            }
            return;
        }
        if (type.isMapLikeType() || !json.isObject() || type.getRawClass().getName().startsWith("java.")) {
            return;
        }
        BeanDescription bean = STRICT.getDeserializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            JsonNode value = json.get(property.getName());
            if (value == null && property.isRequired()) {
                problems.add(path + "/" + property.getName() + " is required");
            } else if (value != null && property.getPrimaryType() != null && !property.getPrimaryType().isJavaLangObject()) {
                missingRequired(value, property.getPrimaryType(), path + "/" + property.getName(), problems);
            }
        }
    }
}
