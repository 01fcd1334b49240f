package org.jindu.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Core alone has no subject trimmer (jindu-hanlp brings one): long subjects stay as the rules found them. */
class WithoutTrimmerTest {
    @Test
    void longSubjectIsKeptWholeWithoutATrimmer() {
        assertFalse(NounPhrases.available());
        assertEquals("国内中高风险地区来堰返堰师生",
                QuantityScanner.standard().scan("国内中高风险地区来堰返堰师生168人").get(0).subject());
    }
}
