package org.jindu.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jindu.Jindu;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job to give {@code spark-submit}: reads every document under {@code --input} into the five tables
 * of {@link JinduTables} under {@code --output}, one folder per table, and a {@code runs} folder.
 *
 * <pre>
 * spark-submit --class org.jindu.spark.ExtractJob jindu-spark-job.jar \
 *     --input s3a://archive/reports/ --output s3a://archive/jindu/ --format parquet
 * </pre>
 *
 * <p>Each run writes its rows under {@code <table>/run_id=<id>/} and, last, its row of {@code runs};
 * a run without that row did not finish, and the next run deletes what it left. A rerun over the same
 * output reads only the documents whose SHA-256 is in none of the finished runs' {@code reports} or
 * {@code failures}, as {@code jindu batch} does. A document that fails is a row of {@code failures},
 * never a failed job. See {@code docs/spark.md}.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true, versionProvider = ExtractJob.Version.class,
        description = "Reads progress reports on Spark into reports, records, metrics, warnings and failures tables.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tables were written (documents that failed are rows of failures)",
            "1:internal error, or Spark failed", "2:usage error"})
public final class ExtractJob implements Callable<Integer> {

    /** The output formats; CSV holds the arrays, maps and structs as JSON text. */
    public enum Format { parquet, json, csv }

    /** The tables written, in the order they are written. */
    public static final List<String> TABLES = List.of("reports", "records", "metrics", "warnings", "failures");

    /** The folder of finished runs, written last by each run. */
    public static final String RUNS = "runs";

    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file or folder to read (any depth), as a Hadoop path or URI; repeatable; globs allowed.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "The folder of the tables; created, or added to when it holds earlier runs.")
    String output;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "parquet (default), json (JSON Lines) or csv.")
    Format format;

    @Option(names = "--documents-per-partition", defaultValue = "" + JinduSpark.DOCUMENTS_PER_PARTITION,
            paramLabel = "N", description = "Documents per task at most (default: ${DEFAULT-VALUE}); there are"
                    + " at least four tasks per core.")
    int documentsPerPartition;

    public static void main(String[] args) {
        int code = new CommandLine(new ExtractJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws IOException {
        SparkSession spark = SparkSession.builder().appName("jindu extract").getOrCreate();
        try {
            Summary summary = run(spark, inputs, output, format, documentsPerPartition);
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
            out.println("jindu: extract: " + summary);
            return 0;
        } catch (IllegalArgumentException e) { // UsageException, a bad path or number
            System.err.println("jindu: extract: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** What a run did. */
    public record Summary(String runId, long documents, long ok, long warnings, long failed, long skipped,
            long records, long metrics, Duration time) {
        @Override
        public String toString() {
            double seconds = time.toMillis() / 1000.0;
            return String.format(Locale.ROOT,
                    "run %s: %d documents: %d ok, %d with warnings, %d failed, %d skipped; %d records, %d metrics;"
                            + " %.1f s (%.1f documents/s)",
                    runId, documents, ok, warnings, failed, skipped, records, metrics, seconds,
                    seconds == 0 ? 0.0 : documents / seconds);
        }
    }

    /** The output holds tables of another format, or the arguments are wrong in another way. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Runs the job in {@code spark}: what {@code main} does, without parsing arguments or stopping Spark.
     *
     * @throws UsageException when {@code output} holds tables written in another format
     */
    public static Summary run(SparkSession spark, List<String> inputs, String output, Format format)
            throws IOException {
        return run(spark, inputs, output, format, JinduSpark.DOCUMENTS_PER_PARTITION);
    }

    /** {@link #run(SparkSession, List, String, Format)} with this many documents to a partition at most. */
    public static Summary run(SparkSession spark, List<String> inputs, String output, Format format,
            int documentsPerPartition) throws IOException {
        Instant started = Instant.now();
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Set<String> finished = finishedRuns(spark, fs, out, format);
        removeUnfinished(fs, out, finished);

        JavaPairRDD<String, PortableDataStream> found = JinduSpark.binaryFiles(spark, inputs.toArray(String[]::new));
        long listed = found.count();
        JavaPairRDD<String, PortableDataStream> spread = JinduSpark.spread(found, listed, documentsPerPartition);
        Dataset<Row> files = JinduSpark.withIds(JinduSpark.files(spark, spread));
        if (!finished.isEmpty()) {
            Dataset<Row> done = read(spark, format, out, "reports").select("report_id")
                    .union(read(spark, format, out, "failures").select("report_id"));
            files = files.join(broadcast(done), files.col("report_id").equalTo(done.col("report_id")), "left_anti");
        }
        JinduTables tables = new JinduTables(JinduSpark.parse(files, spread.getNumPartitions()));
        try {
            String runId = RUN_ID.format(started);
            Map<String, Function<JinduTables, Dataset<Row>>> select = new LinkedHashMap<>();
            select.put("reports", JinduTables::reports);
            select.put("records", JinduTables::records);
            select.put("metrics", JinduTables::metrics);
            select.put("warnings", JinduTables::warnings);
            select.put("failures", JinduTables::failures);
            for (String table : TABLES) {
                write(select.get(table).apply(tables), format, new Path(new Path(out, table), "run_id=" + runId));
            }
            Row counts = tables.documents().selectExpr(
                    "count(*)",
                    "count_if(status = 'ok')",
                    "count_if(status = 'warnings')",
                    "count_if(status = 'failed')",
                    "coalesce(sum(record_count), 0)",
                    "coalesce(sum(metric_count), 0)").first();
            Summary summary = new Summary(runId, counts.getLong(0), counts.getLong(1), counts.getLong(2),
                    counts.getLong(3), listed - counts.getLong(0), counts.getLong(4), counts.getLong(5),
                    Duration.between(started, Instant.now()));
            writeRun(spark, out, runId, format, started, summary);
            return summary;
        } finally {
            tables.unpersist();
        }
    }

    /** The ids of the runs that finished, from {@code runs}; a format other than this run's is refused. */
    private static Set<String> finishedRuns(SparkSession spark, FileSystem fs, Path out, Format format)
            throws IOException {
        Set<String> runs = new HashSet<>();
        if (!fs.exists(new Path(out, RUNS))) {
            return runs;
        }
        for (Row r : spark.read().schema(RUNS_SCHEMA).json(new Path(out, RUNS).toString())
                .select("run_id", "format").collectAsList()) {
            if (!format.name().equals(r.getString(1))) {
                throw new UsageException(out + " holds tables in " + r.getString(1) + ", not " + format
                        + ": give --format " + r.getString(1) + " or another --output");
            }
            runs.add(r.getString(0));
        }
        return runs;
    }

    /** Deletes the folders of runs that did not write their row of {@code runs} (stopped or failed). */
    private static void removeUnfinished(FileSystem fs, Path out, Set<String> finished) throws IOException {
        for (String table : TABLES) {
            Path folder = new Path(out, table);
            if (!fs.exists(folder)) {
                continue;
            }
            for (FileStatus s : fs.listStatus(folder)) {
                String name = s.getPath().getName();
                if (s.isDirectory() && name.startsWith("run_id=")
                        && !finished.contains(name.substring("run_id=".length()))) {
                    System.err.println("jindu: extract: removing " + s.getPath() + ", left by a run that did not finish");
                    fs.delete(s.getPath(), true);
                }
            }
        }
    }

    static final StructType RUNS_SCHEMA = StructType.fromDDL(
            "format STRING, started_at TIMESTAMP, finished_at TIMESTAMP, jindu_version STRING, documents BIGINT,"
                    + " ok BIGINT, warnings BIGINT, failed BIGINT, skipped BIGINT, records BIGINT, metrics BIGINT,"
                    + " run_id STRING");

    private static void writeRun(SparkSession spark, Path out, String runId, Format format, Instant started,
            Summary s) {
        StructType schema = new StructType(java.util.Arrays.copyOf(RUNS_SCHEMA.fields(), RUNS_SCHEMA.size() - 1));
        Row row = RowFactory.create(format.name(), java.sql.Timestamp.from(started), java.sql.Timestamp.from(Instant.now()), Jindu.version(), s.documents(), s.ok(),
                s.warnings(), s.failed(), s.skipped(), s.records(), s.metrics());
        spark.createDataFrame(List.of(row), schema).coalesce(1).write()
                .json(new Path(new Path(out, RUNS), "run_id=" + runId).toString());
    }

    private static Dataset<Row> read(SparkSession spark, Format format, Path out, String table) {
        DataFrameReader reader = spark.read().schema("report_id STRING");
        String path = new Path(out, table).toString();
        return switch (format) {
            case parquet -> reader.parquet(path);
            case json -> reader.json(path);
            // report_id is the first column of reports and failures
            case csv -> reader.option("header", "true").csv(path);
        };
    }

    private static void write(Dataset<Row> table, Format format, Path path) {
        switch (format) {
            case parquet -> table.write().parquet(path.toString());
            case json -> table.write().option("ignoreNullFields", "false").json(path.toString());
            case csv -> {
                DataFrameWriter<Row> w = flat(table).write().option("header", "true");
                w.csv(path.toString());
            }
        }
    }

    /** The table with its arrays, maps and structs as JSON text, which CSV cannot hold otherwise. */
    static Dataset<Row> flat(Dataset<Row> table) {
        Column[] columns = new Column[table.schema().size()];
        StructField[] fields = table.schema().fields();
        for (int i = 0; i < fields.length; i++) {
            StructField f = fields[i];
            boolean nested = f.dataType() instanceof ArrayType || f.dataType() instanceof MapType
                    || f.dataType() instanceof StructType;
            columns[i] = nested ? to_json(col(f.name())).as(f.name()) : col(f.name());
        }
        return table.select(columns);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jindu " + Jindu.version()};
        }
    }
}
