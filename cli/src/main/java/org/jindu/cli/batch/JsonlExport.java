package org.jindu.cli.batch;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes every report in a {@link Store} as JSON Lines, one compact report (JSON schema v1, as written
 * by {@code ReportJson}) per line, in the order the documents were stored. Failed documents have no
 * report and are left out, as in {@code jindu extract}.
 */
public final class JsonlExport {
    private JsonlExport() {
    }

    /** Writes the reports and returns how many. */
    public static long write(Connection connection, Writer out) throws SQLException, IOException {
        long n = 0;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT r.json FROM reports r JOIN documents d ON d.id = r.document_id ORDER BY d.id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.write(rs.getString(1));
                out.write('\n');
                n++;
            }
        }
        out.flush();
        return n;
    }
}
