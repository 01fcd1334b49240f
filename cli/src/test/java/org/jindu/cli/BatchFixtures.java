package org.jindu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Folders of reports for batch tests, made from the seed, and queries on the database a batch wrote. */
final class BatchFixtures {
    private BatchFixtures() {
    }

    /**
     * {@code n} copies of the seed report under {@code folder}, each made distinct (so each is its own
     * document) by {@code i} blank lines appended, which the text reader ignores.
     */
    static List<Path> seedCopies(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        byte[] seed = Files.readAllBytes(Run.SEED);
        List<Path> copies = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Path copy = folder.resolve(String.format("seed-%04d.txt", i));
            byte[] bytes = new byte[seed.length + i];
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            java.util.Arrays.fill(bytes, seed.length, bytes.length, (byte) '\n');
            Files.write(copy, bytes);
            copies.add(copy);
        }
        return copies;
    }

    /** Broken files, one of each kind the issue names. */
    static List<Path> brokenFiles(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> broken = new ArrayList<>();
        broken.add(Files.createFile(folder.resolve("zero-bytes.txt")));
        byte[] binary = new byte[4096];
        new java.util.Random(6).nextBytes(binary);
        binary[0] = 0;
        broken.add(Files.write(folder.resolve("binary.txt"), binary));
        broken.add(Files.write(folder.resolve("really-a-zip.txt"),
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}));
        broken.add(Files.write(folder.resolve("truncated.pdf"),
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pa".getBytes(StandardCharsets.US_ASCII)));
        broken.add(Files.write(folder.resolve("encrypted.pdf"),
                ("%PDF-1.4\n1 0 obj\n<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -44 >>\nendobj\n"
                        + "trailer\n<< /Root 2 0 R /Encrypt 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
        broken.add(Files.write(folder.resolve("old-word.doc.txt"),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        return broken;
    }

    static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    /** The one number a query gives. */
    static long number(Path db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each row of a query as a list of strings (null as null). */
    static List<List<String>> rows(Path db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
