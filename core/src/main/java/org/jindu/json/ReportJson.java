package org.jindu.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jindu.model.Report;

/**
 * Reports to and from JSON schema v1 (see {@code docs/schema.md}). Every output of jindu goes through
 * this mapper, so field names and number forms are the same everywhere.
 *
 * <pre>{@code
 * String json = ReportJson.toJson(report, true);
 * Report back = ReportJson.fromJson(json);
 * }</pre>
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectReader READER = MAPPER.reader();

    private ReportJson() {
    }

    /**
     * A copy of the configured mapper, to write reports inside documents of your own. Each call gives a
     * new copy, so reconfiguring it changes no other caller's output.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * The writer every jindu output uses, for values of your own (lists of metrics, rows). Writers are
     * immutable: {@code writer().withDefaultPrettyPrinter()} makes a new one and changes nothing shared.
     */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** The matching reader, for JSON trees or values written by {@link #writer()}. */
    public static ObjectReader reader() {
        return READER;
    }

    /** The report as JSON, indented when {@code pretty}, on one line otherwise. */
    public static String toJson(Report report, boolean pretty) {
        try {
            return pretty
                    ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report)
                    : MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }

    /** Reads a report written by {@link #toJson}; unknown fields are ignored so that newer files still read. */
    public static Report fromJson(String json) {
        try {
            return MAPPER.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a jindu report: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a report from a stream of UTF-8 JSON. */
    public static Report fromJson(InputStream in) {
        try {
            return MAPPER.readValue(in, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
