package org.jindu.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of one row per document that the readers' partitions produce; the five tables are
 * selected from it ({@link JinduSpark}). Column names are those of the SQLite tables {@code jindu batch}
 * writes ({@code docs/batch.md}), which are the JSON schema v1 names in snake case
 * ({@code docs/spark.md} lists them).
 */
final class Schemas {
    private Schemas() {
    }

    /** Exact decimals for metric values: 26 digits before the point and 12 after. */
    static final DecimalType DECIMAL = DataTypes.createDecimalType(38, 12);

    static final StructType METRIC = struct(
            field("position", IntegerType, false),
            field("text", StringType, false),
            field("start_offset", IntegerType, false),
            field("end_offset", IntegerType, false),
            field("value", DECIMAL, true),
            field("value_to", DECIMAL, true),
            field("unit", StringType, true),
            field("base_value", DECIMAL, true),
            field("base_unit", StringType, true),
            field("qualifier", StringType, true),
            field("subject", StringType, true),
            field("category", StringType, true),
            field("time", StringType, true),
            field("part_of", IntegerType, true),
            field("change", StringType, true),
            field("change_from", IntegerType, true),
            field("whole", StringType, true));

    static final StructType CONTACT = struct(
            field("name", StringType, true),
            field("phone", StringType, true));

    static final StructType LOCATION = struct(
            field("pages", createArrayType(IntegerType, false), false),
            field("lines", createArrayType(IntegerType, false), false),
            field("table", IntegerType, true),
            field("rows", createArrayType(IntegerType, false), false));

    static final StructType RECORD = struct(
            field("record_id", StringType, false),
            field("position", IntegerType, false),
            field("section_position", IntegerType, false),
            field("section_number", StringType, true),
            field("section_title", StringType, true),
            field("section_note", StringType, true),
            field("seq", StringType, true),
            field("source_text", StringType, true),
            field("source_document", StringType, true),
            field("source_item", IntegerType, true),
            field("source_inherited", BooleanType, true),
            field("content", StringType, true),
            field("departments", createArrayType(StringType, false), false),
            field("contacts", createArrayType(CONTACT, false), false),
            field("progress", StringType, true),
            field("progress_items", createArrayType(StringType, false), false),
            field("extra", createMapType(StringType, StringType, true), false),
            field("location", LOCATION, false),
            field("metrics", createArrayType(METRIC, false), false));

    static final StructType WARNING = struct(
            field("position", IntegerType, false),
            field("code", StringType, false),
            field("message", StringType, false),
            field("page", IntegerType, true));

    /** One row per file read: the report's fields, or the failure's, and everything in it nested. */
    static final StructType DOCUMENT = struct(
            field("report_id", StringType, true),
            field("path", StringType, false),
            field("file", StringType, false),
            field("status", StringType, false),
            field("error_code", StringType, true),
            field("error_message", StringType, true),
            field("format", StringType, true),
            field("pages", IntegerType, true),
            field("title", StringType, true),
            field("organization", StringType, true),
            field("year", IntegerType, true),
            field("period_from", IntegerType, true),
            field("period_to", IntegerType, true),
            field("section_count", IntegerType, false),
            field("record_count", IntegerType, false),
            field("metric_count", IntegerType, false),
            field("warning_count", IntegerType, false),
            field("extracted_at", TimestampType, false),
            field("jindu_version", StringType, false),
            field("json", StringType, true),
            field("records", createArrayType(RECORD, false), false),
            field("warnings", createArrayType(WARNING, false), false));

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }
}
