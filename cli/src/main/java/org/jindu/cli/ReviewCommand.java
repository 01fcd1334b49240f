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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jindu review FILE -o report.html}: a page to check an extraction by eye, the records beside
 * the document's pages with a box around each record.
 */
@Command(
        name = "review",
        addMethodSubcommands = false,
        header = "Write an HTML page to check a report by eye.",
        description = {
            "Writes one self-contained HTML page to check what jindu read from FILE: the warnings, the records",
            "with their figures highlighted and, for a PDF, its pages with a box around each record."
        })
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The report; '-' reads standard input.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the page to FILE instead of standard output.")
    Path output;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "" + PageImages.DPI,
            description = "Resolution of the page images, 36 to 300. Default: ${DEFAULT-VALUE}.")
    int dpi;

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
