package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages in {@code docs/man/} (AsciiDoc with the manpage doctype, for {@code asciidoctor -b manpage})
 * are generated from the commands' own help, and this test fails when they no longer match it. After
 * changing an option or a description, rewrite them with
 * {@code mvn -pl cli -am test -Dtest=ManPageTest -Dsurefire.failIfNoSpecifiedTests=false -Djindu.man.update=true}.
 */
class ManPageTest {
    private static final Path MAN = Path.of(System.getProperty("jindu.testdata", "../testdata")).toAbsolutePath()
            .normalize().getParent().resolve("docs/man");

    @Test
    void manPagesMatchTheCommands() throws Exception {
        List<String> stale = new ArrayList<>();
        CommandLine jindu = Main.commandLine();
        List<CommandLine> commands = new ArrayList<>(List.of(jindu));
        jindu.getSubcommands().values().stream()
                .filter(c -> !c.getCommandName().equals("help") && !c.getCommandName().equals("generate-completion"))
                .forEach(commands::add);
        for (CommandLine c : commands) {
            StringWriter page = new StringWriter();
            try (PrintWriter out = new PrintWriter(page)) {
                ManPageGenerator.writeSingleManPage(out, c.getCommandSpec());
            }
            String name = c.getCommandSpec().qualifiedName("-") + ".adoc";
            Path file = MAN.resolve(name);
            // the version depends on how the classes were loaded (a jar's manifest or a folder): left out
            String text = page.toString().replaceAll("(?m)^:(revdate|revnumber|mansource): .*$", ":$1: ")
                    .replaceAll("(?m)[ \\t]+$", "");
            if (Boolean.getBoolean("jindu.man.update")) {
                Files.createDirectories(MAN);
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) stale.add(name);
        }
        assertEquals(List.of(), stale, "man pages out of date: rewrite them with -Djindu.man.update=true");
        assertTrue(Files.readString(MAN.resolve("jindu-extract.adoc"), StandardCharsets.UTF_8).contains("--format"));
    }
}
