package org.jindu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jindu.Jindu;
import org.jindu.exception.JinduException;
import org.jindu.read.pdf.PageImages;
import org.jindu.cli.batch.Failures;
import org.jindu.cli.html.ReviewPage;
import org.jindu.model.Report;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jindu review FILE -o report.html}: a page to check an extraction by eye, the records beside
 * the document's pages with a box around each record.
 */
final class ReviewCommand implements Callable<Integer> {

    CommandSpec spec;

    String file;

    Path output;

    int dpi;

    /** The {@code review} command, bound to a new instance. */
    static CommandSpec spec() {
        ReviewCommand c = new ReviewCommand();
        c.spec = Specs.command("review", c,
                "Write an HTML page to check a report by eye.",
                "Writes one self-contained HTML page to check what jindu read from FILE: the warnings, the records",
                "with their figures highlighted and, for a PDF, its pages with a box around each record.");
        c.spec.addPositional(Specs.positional(String.class, () -> c.file, v -> c.file = v)
                .required(true).paramLabel("FILE").description("The report; '-' reads standard input.").build());
        c.spec.addOption(Specs.option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output")
                .paramLabel("FILE").description("Write the page to FILE instead of standard output.").build());
        c.spec.addOption(Specs.option(int.class, () -> c.dpi, v -> c.dpi = v, "--dpi")
                .paramLabel("N").defaultValue("" + PageImages.DPI)
                .description("Resolution of the page images, 36 to 300. Default: ${DEFAULT-VALUE}.").build());
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        if (dpi < 36 || dpi > 300) throw new ParameterException(spec.commandLine(), "--dpi must be 36 to 300, not " + dpi);
        Path folder = output == null ? null : output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder))
            throw new ParameterException(spec.commandLine(), "cannot write " + output + ": its folder does not exist");
        Report report;
        List<PageImages.Page> pages;
        try {
            byte[] bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
            String name = file.equals("-") ? "-" : String.valueOf(Path.of(file).getFileName());
            report = Jindu.parse(bytes, name);
            pages = report.document().format().equals("pdf") ? PageImages.render(bytes, dpi) : List.of();
        } catch (JinduException | IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("jindu: " + file + ": " + Failures.message(e, file));
            err.flush();
            return Main.DOCUMENT_FAILED;
        }
        String html = ReviewPage.html(report, pages);
        try (Writer out = output == null ? new TimelineCommand.NonClosing(spec.commandLine().getOut())
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write(html);
            out.flush();
        }
        return Main.OK;
    }
}
