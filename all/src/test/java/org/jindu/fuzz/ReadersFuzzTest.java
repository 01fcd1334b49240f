package org.jindu.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jindu.JinduParser;
import org.jindu.exception.InternalErrorException;
import org.jindu.exception.JinduException;
import org.jindu.model.Report;
import org.jindu.quantity.QuantityScanner;
import org.jindu.read.Limits;

/**
 * Jazzer fuzz tests for each reader, the assembler and the figure scanner. The property: any input gives
 * a report or a typed refusal, never an uncaught exception and never {@code INTERNAL} (a bug of jindu's).
 *
 * <p>In {@code mvn verify} each test replays its committed inputs from
 * {@code src/test/resources/org/jindu/fuzz/ReadersFuzzTestInputs/<test>/} (the seed corpus and every
 * input that once found a bug). To fuzz for real, see docs/limits.md:
 * {@code JAZZER_FUZZ=1 mvn -pl all -am test -Dtest=ReadersFuzzTest#pdf -Dsurefire.failIfNoSpecifiedTests=false};
 * a finding is written into that folder, where it then replays in every build.
 */
class ReadersFuzzTest {
    /** Small limits so that a fuzzed input cannot take long; the reading paths are the same. */
    private static final JinduParser PARSER = JinduParser.builder()
            .figures(true)
            .limits(Limits.DEFAULT.withMaxBytes(4 << 20).withMaxPages(20).withMaxRows(5_000)
                    .withMaxScratchBytes(64L << 20).withMaxDecompressedBytes(64L << 20)
                    .withTimeBudget(Duration.ofSeconds(20)))
            .build();

    private static void read(byte[] bytes, String name) {
        try {
            assertNotNull(PARSER.parse(bytes, name));
        } catch (InternalErrorException e) {
            throw new AssertionError("jindu's own bug on a fuzzed " + name + ": " + e.getMessage(), e);
        } catch (JinduException e) {
            // a typed refusal of the document: what it should do
        }
    }

    @FuzzTest(maxDuration = "30s")
    void pdf(byte[] bytes) {
        read(bytes, "fuzz.pdf");
    }

    @FuzzTest(maxDuration = "30s")
    void docx(byte[] bytes) {
        read(bytes, "fuzz.docx");
    }

    @FuzzTest(maxDuration = "30s")
    void doc(byte[] bytes) {
        read(bytes, "fuzz.doc");
    }

    /** Text through the text reader and the assembler: tabs make cells, lines make rows. */
    @FuzzTest(maxDuration = "30s")
    void textAndAssembler(byte[] bytes) {
        read(bytes, "fuzz.txt");
    }

    @FuzzTest(maxDuration = "30s")
    void figureScanner(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertNotNull(QuantityScanner.standard().scan(text));
        assertNotNull(QuantityScanner.standard().scanAll(text));
    }

    /** A report read from text, so that the assembler's output is checked as a whole. */
    static Report parseText(String text) throws JinduException {
        return PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz.txt");
    }
}
