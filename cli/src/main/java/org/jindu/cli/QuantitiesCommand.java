package org.jindu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.jindu.json.ReportJson;
import org.jindu.model.Metric;
import org.jindu.quantity.QuantityScanner;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jindu quantities [TEXT|-]}: the figures of any text as a JSON array of metrics. With
 * {@code --lines} each input line is its own text and gives one compact array per line, so that many
 * sentences need one JVM; with {@code --all} bare numbers (unit null) come out too.
 */
final class QuantitiesCommand implements Callable<Integer> {

    CommandSpec spec;

    String text;

    boolean lines;

    boolean all;

    /** The {@code quantities} command, bound to a new instance. */
    static CommandSpec spec() {
        QuantitiesCommand c = new QuantitiesCommand();
        c.spec = Specs.command("quantities", c,
                "Print the figures found in a text as JSON.",
                "Prints the figures of TEXT as a JSON array of metrics: value, unit, base value, qualifier,",
                "subject, category, time, and which total a figure is part of. Offsets are into the text.");
        c.spec.addPositional(Specs.positional(String.class, () -> c.text, v -> c.text = v)
                .arity("0..1").paramLabel("TEXT")
                .description("The text; '-' or nothing reads standard input (UTF-8).").build());
        c.spec.addOption(Specs.option(boolean.class, () -> c.lines, v -> c.lines = v, "--lines")
                .description("Treat each input line as its own text and print one JSON array per line.").build());
        c.spec.addOption(Specs.option(boolean.class, () -> c.all, v -> c.all = v, "--all")
                .description("Also print bare numbers without a unit (unit null), as number test suites expect.").build());
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        QuantityScanner scanner = QuantityScanner.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (lines) {
            if (text != null && !text.equals("-")) {
                for (String line : text.split("\\R", -1)) out.println(json(scan(scanner, line), false));
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine())
                    out.println(json(scan(scanner, line), false));
            }
        } else {
            String input = text != null && !text.equals("-")
                    ? text
                    : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            int length = input.length();
            List<Metric> metrics;
            try {
                metrics = scan(scanner, input);
            } catch (OutOfMemoryError e) {
                input = null;
                spec.commandLine().getErr().println("jindu: quantities: the text (" + length
                        + " characters) needs more memory than this Java process has; split it, or use --lines");
                spec.commandLine().getErr().flush();
                return Main.DOCUMENT_FAILED;
            }
            input = null;
            // streamed, never held as one string: a long text's figures fit in a small heap
            ReportJson.writer().withDefaultPrettyPrinter()
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, metrics);
            out.println();
        }
        out.flush();
        return Main.OK;
    }

    private List<Metric> scan(QuantityScanner scanner, String input) {
        return all ? scanner.scanAll(input) : scanner.scan(input);
    }

    private static String json(List<Metric> metrics, boolean pretty) throws JsonProcessingException {
        return pretty
                ? ReportJson.writer().withDefaultPrettyPrinter().writeValueAsString(metrics)
                : ReportJson.writer().writeValueAsString(metrics);
    }
}
