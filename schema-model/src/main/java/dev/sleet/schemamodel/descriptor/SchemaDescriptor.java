package dev.sleet.schemamodel.descriptor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sleet.schemamodel.SchemaModel;

/**
 * The schema descriptor, {@code META-INF/sleet/schema.json}: the whole schema as JSON, written by the processor and
 * read by the Maven plugin. The same schema always gives the same bytes: tables sorted by name, fields in a fixed
 * order, absent values left out, {@code \n} line ends.
 */
public final class SchemaDescriptor {

    /** Where the descriptor lives in the class output and in jars. */
    public static final String PATH = "META-INF/sleet/schema.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SchemaDescriptor() {}

    /** The descriptor's text for a schema. */
    public static String write(SchemaModel schema) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema descriptor", e);
        }
    }

    /**
     * Reads a descriptor.
     *
     * @throws IllegalArgumentException when the text is not a schema descriptor
     */
    public static SchemaModel read(String json) {
        try {
            return JSON.readValue(json, SchemaModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not a Sleet schema descriptor (" + PATH + "): " + e.getOriginalMessage(), e);
        }
    }
}
