package org.jindu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jindu.model.Contact;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Location;
import org.jindu.model.Metric;
import org.jindu.model.OcrInfo;
import org.jindu.model.Period;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.SourceRef;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.jspecify.annotations.Nullable;

/**
 * Reports to and from JSON schema v1 (see {@code docs/schema.md}). Every output of jindu goes through
 * this class, so field names and number forms are the same everywhere.
 *
 * <pre>{@code
 * String json = ReportJson.toJson(report, true);
 * Report back = ReportJson.fromJson(json);
 * }</pre>
 *
 * <p>Reports are written by hand on Jackson's streaming generator, field by field in the order of the
 * model's record components: a command that writes one report pays for a few dozen classes, not for
 * the object mapper's reflection over the model (which cost about a quarter of a small run's CPU). The
 * output is byte for byte what {@link #writer()} writes. The mapper, {@link #writer()} and
 * {@link #reader()} are built on their first use, for reading reports back and for values of your own.
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The object mapper, built on first use only: reading reports, writing values of other types. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        static final ObjectWriter WRITER = MAPPER.writer();
        static final ObjectReader READER = MAPPER.reader();
    }

    private ReportJson() {
    }

    /**
     * A copy of the configured mapper, to write reports inside documents of your own. Each call gives a
     * new copy, so reconfiguring it changes no other caller's output.
     */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER.copy();
    }

    /**
     * The writer every jindu output uses, for values of your own (lists of metrics, rows). Writers are
     * immutable: {@code writer().withDefaultPrettyPrinter()} makes a new one and changes nothing shared.
     */
    public static ObjectWriter writer() {
        return Mapper.WRITER;
    }

    /** The matching reader, for JSON trees or values written by {@link #writer()}. */
    public static ObjectReader reader() {
        return Mapper.READER;
    }

    /** The report as JSON, indented when {@code pretty}, on one line otherwise. */
    public static String toJson(Report report, boolean pretty) {
        StringWriter out = new StringWriter();
        try {
            write(report, out, pretty);
        } catch (IOException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
        return out.toString();
    }

    /**
     * Writes the report to {@code out} as it goes, never holding it as one string; {@code out} is flushed,
     * not closed.
     */
    public static void write(Report report, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator gen = generator(out, pretty)) {
            write(report, gen);
        }
    }

    /**
     * A generator that writes as jindu does (indented with Jackson's default pretty printer when
     * {@code pretty}, big decimals in plain notation) and leaves {@code out} open when closed: to write
     * several reports into an array of your own with {@link #write(Report, JsonGenerator)}.
     */
    public static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator gen = FACTORY.createGenerator(out);
        if (pretty) gen.setPrettyPrinter(new DefaultPrettyPrinter());
        return gen;
    }

    /** Writes the report as the next value of {@code gen}. */
    public static void write(Report report, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("schemaVersion", report.schemaVersion());
        gen.writeFieldName("document");
        document(gen, report.document());
        string(gen, "title", report.title());
        string(gen, "organization", report.organization());
        integer(gen, "year", report.year());
        gen.writeFieldName("period");
        Period period = report.period();
        if (period == null) {
            gen.writeNull();
        } else {
            gen.writeStartObject();
            gen.writeNumberField("fromMonth", period.fromMonth());
            gen.writeNumberField("toMonth", period.toMonth());
            gen.writeEndObject();
        }
        gen.writeArrayFieldStart("sections");
        for (Section s : report.sections()) section(gen, s);
        gen.writeEndArray();
        gen.writeArrayFieldStart("warnings");
        for (Warning w : report.warnings()) warning(gen, w);
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void document(JsonGenerator gen, DocumentInfo d) throws IOException {
        gen.writeStartObject();
        string(gen, "file", d.file());
        gen.writeStringField("format", d.format());
        gen.writeStringField("sha256", d.sha256());
        integer(gen, "pages", d.pages());
        OcrInfo ocr = d.ocr();
        if (ocr != null) {
            gen.writeObjectFieldStart("ocr");
            integers(gen, "pages", ocr.pages());
            gen.writeStringField("engine", ocr.engine());
            strings(gen, "models", ocr.models());
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void section(JsonGenerator gen, Section s) throws IOException {
        gen.writeStartObject();
        string(gen, "number", s.number());
        string(gen, "title", s.title());
        string(gen, "note", s.note());
        strings(gen, "columns", s.columns());
        gen.writeArrayFieldStart("records");
        for (TaskRecord r : s.records()) record(gen, r);
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void record(JsonGenerator gen, TaskRecord r) throws IOException {
        gen.writeStartObject();
        string(gen, "seq", r.seq());
        gen.writeFieldName("source");
        SourceRef source = r.source();
        if (source == null) {
            gen.writeNull();
        } else {
            gen.writeStartObject();
            string(gen, "text", source.text());
            string(gen, "document", source.document());
            integer(gen, "item", source.item());
            gen.writeBooleanField("inherited", source.inherited());
            gen.writeEndObject();
        }
        string(gen, "content", r.content());
        strings(gen, "departments", r.departments());
        gen.writeArrayFieldStart("contacts");
        for (Contact c : r.contacts()) {
            gen.writeStartObject();
            string(gen, "name", c.name());
            string(gen, "phone", c.phone());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        string(gen, "progress", r.progress());
        strings(gen, "progressItems", r.progressItems());
        gen.writeArrayFieldStart("metrics");
        for (Metric m : r.metrics()) metric(gen, m);
        gen.writeEndArray();
        gen.writeObjectFieldStart("extra");
        for (Map.Entry<String, String> e : r.extra().entrySet()) string(gen, e.getKey(), e.getValue());
        gen.writeEndObject();
        gen.writeFieldName("location");
        location(gen, r.location());
        if (!r.confidence().isEmpty()) {
            gen.writeObjectFieldStart("confidence");
            for (Map.Entry<String, Float> e : r.confidence().entrySet()) {
                gen.writeFieldName(e.getKey());
                if (e.getValue() == null) gen.writeNull();
                else gen.writeNumber(e.getValue().floatValue());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void metric(JsonGenerator gen, Metric m) throws IOException {
        gen.writeStartObject();
        string(gen, "text", m.text());
        gen.writeNumberField("start", m.start());
        gen.writeNumberField("end", m.end());
        decimal(gen, "value", m.value());
        decimal(gen, "valueTo", m.valueTo());
        string(gen, "unit", m.unit());
        decimal(gen, "baseValue", m.baseValue());
        string(gen, "baseUnit", m.baseUnit());
        string(gen, "qualifier", m.qualifier());
        string(gen, "subject", m.subject());
        string(gen, "category", m.category());
        string(gen, "time", m.time());
        integer(gen, "partOf", m.partOf());
        string(gen, "change", m.change());
        integer(gen, "changeFrom", m.changeFrom());
        string(gen, "whole", m.whole());
        gen.writeEndObject();
    }

    private static void location(JsonGenerator gen, Location l) throws IOException {
        gen.writeStartObject();
        integers(gen, "pages", l.pages());
        if (!l.lines().isEmpty()) integers(gen, "lines", l.lines());
        if (l.table() != null) gen.writeNumberField("table", l.table());
        if (!l.rows().isEmpty()) integers(gen, "rows", l.rows());
        if (!l.boxes().isEmpty()) {
            gen.writeArrayFieldStart("boxes");
            for (Location.Box b : l.boxes()) {
                gen.writeStartObject();
                gen.writeNumberField("page", b.page());
                gen.writeNumberField("x", b.x());
                gen.writeNumberField("y", b.y());
                gen.writeNumberField("width", b.width());
                gen.writeNumberField("height", b.height());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void warning(JsonGenerator gen, Warning w) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("code", w.code());
        gen.writeStringField("message", w.message());
        if (w.page() != null) gen.writeNumberField("page", w.page());
        gen.writeEndObject();
    }

    /** A field whose value may be null, written as null as the mapper does. */
    private static void string(JsonGenerator gen, String name, @Nullable String value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) gen.writeNull();
        else gen.writeString(value);
    }

    private static void integer(JsonGenerator gen, String name, @Nullable Integer value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) gen.writeNull();
        else gen.writeNumber(value.intValue());
    }

    private static void decimal(JsonGenerator gen, String name, @Nullable BigDecimal value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) gen.writeNull();
        else gen.writeNumber(value);
    }

    private static void strings(JsonGenerator gen, String name, List<String> values) throws IOException {
        gen.writeArrayFieldStart(name);
        for (String v : values) {
            if (v == null) gen.writeNull();
            else gen.writeString(v);
        }
        gen.writeEndArray();
    }

    private static void integers(JsonGenerator gen, String name, List<Integer> values) throws IOException {
        gen.writeArrayFieldStart(name);
        for (Integer v : values) {
            if (v == null) gen.writeNull();
            else gen.writeNumber(v.intValue());
        }
        gen.writeEndArray();
    }

    /** Reads a report written by {@link #toJson}; unknown fields are ignored so that newer files still read. */
    public static Report fromJson(String json) {
        try {
            return Mapper.MAPPER.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a jindu report: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a report from a stream of UTF-8 JSON. */
    public static Report fromJson(InputStream in) {
        try {
            return Mapper.MAPPER.readValue(in, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
