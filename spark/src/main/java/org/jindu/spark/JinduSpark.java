package org.jindu.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;

import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * jindu on Apache Spark: reads progress reports from any file system Spark reads (local, HDFS, S3,
 * …) into DataFrames.
 *
 * <pre>{@code
 * JinduTables t = JinduSpark.read(spark, "s3a://archive/reports/2021/");
 * t.records().select(explode(col("departments")).as("department")).groupBy("department").count().show();
 * t.failures().show(false);
 * }</pre>
 *
 * <p>Folders are read at any depth ({@code binaryFiles}). Each file is parsed once (again only when Spark
 * must recompute a lost partition), on an executor, with one {@code JinduParser} per partition; the
 * files are spread over partitions by {@link #spread}. A file that cannot be read is a row of
 * {@link JinduTables#failures()} and never fails the job. Files with the same bytes are one
 * document, kept under the first path in path order, as {@code jindu batch} does.
 */
public final class JinduSpark {
    private JinduSpark() {
    }

    /** Documents per partition when nothing else is said: see {@link #spread}. */
    public static final int DOCUMENTS_PER_PARTITION = 50;

    /**
     * Reads the files and folders at {@code paths} (Hadoop paths or URIs; globs allowed).
     *
     * @throws IllegalArgumentException when no path is given
     */
    public static JinduTables read(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        JavaPairRDD<String, PortableDataStream> found = binaryFiles(spark, paths);
        JavaPairRDD<String, PortableDataStream> spread = spread(found, found.count(), DOCUMENTS_PER_PARTITION);
        return new JinduTables(parse(withIds(files(spark, spread)), spread.getNumPartitions()));
    }

    /**
     * Reads the files of a DataFrame with the columns of Spark's {@code binaryFile} source ({@code path}
     * and {@code content}, others ignored): for choosing the files with that source's options
     * ({@code pathGlobFilter}, {@code modifiedAfter}) or any other way. That source leaves out empty
     * files, so they are not among the failures then.
     */
    public static JinduTables read(Dataset<Row> files) {
        return new JinduTables(parse(withIds(files), files.rdd().getNumPartitions()));
    }

    /**
     * The files under {@code paths}, at any depth, as {@code binaryFiles} lists them: empty files
     * included (the {@code binaryFile} source leaves them out), names starting with {@code .} or
     * {@code _} left out. Sets {@code mapreduce.input.fileinputformat.input.dir.recursive} in the
     * session's Hadoop configuration. The contents are read only when used.
     */
    static JavaPairRDD<String, PortableDataStream> binaryFiles(SparkSession spark, String... paths) {
        if (paths.length == 0) {
            throw new IllegalArgumentException("no path to read");
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        return sc.binaryFiles(String.join(",", paths));
    }

    /**
     * The listed files in {@code max(4 × defaultParallelism, count / perPartition)} partitions, before
     * their bytes are read. {@code binaryFiles} packs small files into partitions by size (up to
     * {@code spark.files.maxPartitionBytes}, 128 MB): two hundred reports of 100 KB would be one task
     * on one core. A file's stream handle is shuffled, not its bytes.
     */
    static JavaPairRDD<String, PortableDataStream> spread(JavaPairRDD<String, PortableDataStream> files, long count,
            int perPartition) {
        if (perPartition < 1) {
            throw new IllegalArgumentException("documents per partition must be at least 1: " + perPartition);
        }
        int parallelism = files.context().defaultParallelism();
        long partitions = Math.max(4L * parallelism, (count + perPartition - 1) / perPartition);
        return files.repartition((int) Math.min(partitions, Integer.MAX_VALUE));
    }

    /** {@code path} and {@code content} of each file; a file that cannot be read has a null content. */
    static Dataset<Row> files(SparkSession spark, JavaPairRDD<String, PortableDataStream> files) {
        JavaRDD<Row> rows = files.map(JinduSpark::content);
        return spark.createDataFrame(rows, FILE);
    }

    static final StructType FILE = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("content", DataTypes.BinaryType, true);

    private static Row content(Tuple2<String, PortableDataStream> file) {
        byte[] bytes;
        try {
            bytes = file._2().toArray();
        } catch (RuntimeException e) {
            // a vanished file, no permission: kept as a failure of this path, the job goes on
            bytes = null;
        }
        return RowFactory.create(file._1(), bytes);
    }

    /** {@code path}, {@code content} and {@code report_id}, the SHA-256 of the content in lower-case hex. */
    static Dataset<Row> withIds(Dataset<Row> files) {
        return files.select(col("path"), col("content"), sha2(col("content"), 256).as("report_id"));
    }

    /**
     * Parses each file of {@code files} ({@code path}, {@code content}, {@code report_id}) into one row of
     * {@link Schemas#DOCUMENT}, keeps the first path of each content, and persists the result.
     */
    static Dataset<Row> parse(Dataset<Row> files, int partitions) {
        // as many partitions after the shuffle that finds copies as before it, not spark.sql.shuffle.partitions
        // (a persisted plan keeps them all: each table would be written as 200 files)
        Column key = coalesce(col("report_id"), col("path"));
        Dataset<Row> parsed = files.mapPartitions(new ParsePartition(), Encoders.row(Schemas.DOCUMENT));
        Dataset<Row> first = parsed
                .repartition(partitions, key)
                .withColumn("copy", row_number().over(Window.partitionBy(key).orderBy("path")))
                .where(col("copy").equalTo(1))
                .drop("copy");
        return first.persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Parses the files of one partition with one {@link DocumentRows}, one file at a time. */
    static final class ParsePartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Row> files) {
            DocumentRows rows = new DocumentRows();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return files.hasNext();
                }

                @Override
                public Row next() {
                    Row f = files.next();
                    return rows.read(f.getString(f.fieldIndex("path")), (byte[]) f.get(f.fieldIndex("content")),
                            f.getString(f.fieldIndex("report_id")));
                }
            };
        }
    }
}
