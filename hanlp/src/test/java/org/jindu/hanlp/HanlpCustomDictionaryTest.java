package org.jindu.hanlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.io.FileIOAdapter;
import com.hankcs.hanlp.corpus.io.IIOAdapter;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-entry custom dictionary that stands in for HanLP's own when the JVM's owner asks for it. */
class HanlpCustomDictionaryTest {

    @Test
    void isWhatThisHanlpVersionCachesForADictionaryOfOneEntry(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("no-custom-dictionary.txt");
        Files.writeString(text, "x n 1\n", StandardCharsets.UTF_8);
        IIOAdapter before = HanLP.Config.IOAdapter;
        HanLP.Config.IOAdapter = new FileIOAdapter(); // HanLP writes its cache through its adapter
        try {
            assertTrue(DynamicCustomDictionary.loadMainDictionary(text.toString(), new String[] {text.toString()},
                    new DoubleArrayTrie<>(), true, false));
        } finally {
            HanLP.Config.IOAdapter = before;
        }
        byte[] built = Files.readAllBytes(dir.resolve("no-custom-dictionary.txt.bin"));
        byte[] shipped;
        try (InputStream in = HanlpSubjectTrimmer.class.getResourceAsStream(
                "/" + HanlpSubjectTrimmer.NO_CUSTOM_DICTIONARY + ".bin")) {
            assertNotNull(in, "the one-entry dictionary is on the class path");
            shipped = in.readAllBytes();
        }
        assertArrayEquals(built, shipped, "rebuild " + HanlpSubjectTrimmer.NO_CUSTOM_DICTIONARY
                + ".bin from a file holding \"x n 1\" with this HanLP version");
    }

    @Test
    void loadsAsACustomDictionaryFromTheClassPath() {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(HanlpSubjectTrimmer.NO_CUSTOM_DICTIONARY);
        assertEquals(1, dictionary.dat.size());
        CoreDictionary.Attribute x = dictionary.get("x");
        assertNotNull(x);
        assertEquals("n", x.nature[0].toString());
    }
}
