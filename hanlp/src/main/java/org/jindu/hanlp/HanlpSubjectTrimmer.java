package org.jindu.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.jindu.quantity.SubjectTrimmer;

/**
 * The noun phrase at the end of a long subject, by HanLP's segmentation and part-of-speech tags:
 * "下达十堰市各县(市、区)义务教育薄弱环节改善与能力提升中央资金" ends in 中央资金.
 *
 * <p>HanLP is used only for words and tags, never for numbers: number and quantifier merging, and the
 * person, place and organisation recognisers are all off (with them on it drops text and
 * reads 教师879人 as an organisation, as measured on the genre). Its dictionaries load once, on the first call, in 0.2 to 0.5 s
 * and about 30 MB; a scanner that never meets a long subject never loads them. HanLP types stay in this
 * module: core finds this class through {@link java.util.ServiceLoader} as its {@link SubjectTrimmer}.
 *
 * <p>The segmenter never consults HanLP's custom dictionary, but every HanLP segmenter's constructor
 * loads it (3 MB, about a third of the dictionaries' start-up) and the only switch is HanLP's JVM-wide
 * {@code HanLP.Config}, which a library must not change for others in the same JVM. An application that
 * owns its JVM (jindu's command line does) sets the system property {@value #CUSTOM_DICTIONARY} to
 * {@code false} before HanLP's first use in that JVM; HanLP's custom dictionary path then names one of a
 * single entry, so no segmenter in that JVM has HanLP's custom words. Set after HanLP's first use, it
 * changes nothing.
 */
public final class HanlpSubjectTrimmer implements SubjectTrimmer {
    /** Subjects this long or shorter are kept whole: 招聘补充教师 is what was counted, verbs and all. */
    static final int KEEP_UP_TO = 8;

    /**
     * The system property that, set to {@code false} before HanLP's first use, spares the load of its
     * custom dictionary, for the whole JVM.
     */
    public static final String CUSTOM_DICTIONARY = "jindu.hanlp.customDictionary";

    /**
     * A custom dictionary of one entry, in HanLP's own cached form: the path HanLP is given, without the
     * {@code .bin} it appends (HanLP reads paths under {@code data/} from the class path).
     * {@code HanlpCustomDictionaryTest} rebuilds it with HanLP and compares.
     */
    static final String NO_CUSTOM_DICTIONARY = "data/jindu/no-custom-dictionary.txt";

    /** Loaded on first use, once per JVM; one segmenter per thread. */
    private static final class Holder {
        static {
            if ("false".equals(System.getProperty(CUSTOM_DICTIONARY)))
                HanLP.Config.CustomDictionaryPath = new String[] {NO_CUSTOM_DICTIONARY};
        }

        static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
                .enableNumberQuantifierRecognize(false)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(false)); // tags are each word's dictionary nature: 服务 stays vn
    }

    /**
     * The run of noun-like words that ends {@code subject}, when the subject reads as a clause rather than
     * one noun phrase; otherwise, or when it is short, when it does not end in a noun, or when the run would
     * be a single character, {@code subject} itself. When the run is a single word after a verb (覆盖人数),
     * the verb and the nouns before it are kept too.
     */
    @Override
    public String trim(String subject) {
        if (subject == null || subject.length() <= KEEP_UP_TO) return subject;
        List<Term> terms = Holder.SEGMENT.get().seg(subject);
        if (!clauseLike(terms)) return subject;
        int keep = 0;
        int words = 0;
        int i = terms.size() - 1;
        for (; i >= 0 && nounLike(terms.get(i)); i--) {
            keep += terms.get(i).word.length();
            words++;
        }
        if (words == 1 && i > 0 && tag(terms.get(i)).equals("v") && nounLike(terms.get(i - 1))) {
            // 人数 alone says nothing: 城镇居民基本医疗保险|覆盖|人数 keeps the verb and the nouns before it
            keep += terms.get(i).word.length();
            for (i--; i >= 0 && nounLike(terms.get(i)); i--) keep += terms.get(i).word.length();
        }
        if (keep < 2 || keep > subject.length()) return subject;
        return subject.substring(subject.length() - keep);
    }

    /**
     * Whether a long subject is a clause rather than one noun phrase: it begins with a verb, preposition,
     * adverb or conjunction (下达…中央资金), names a place (东昌府区新招录教师), or has a verb followed by a
     * bound morpheme (来堰返堰师生). A long noun phrase (城镇居民基本医疗保险覆盖人数) is kept whole.
     */
    private static boolean clauseLike(List<Term> terms) {
        if (terms.isEmpty()) return false;
        String first = tag(terms.get(0));
        if (first.equals("v") || first.equals("p") || first.equals("d") || first.equals("c")) return true;
        for (int i = 0; i < terms.size(); i++) {
            String tag = tag(terms.get(i));
            if (tag.equals("ns")) return true;
            if (tag.equals("v") && i + 1 < terms.size() && tag(terms.get(i + 1)).equals("ng")) return true;
        }
        return false;
    }

    private static String tag(Term t) {
        return t.nature == null ? "" : t.nature.toString();
    }

    private static boolean nounLike(Term t) {
        String tag = tag(t);
        if (tag.equals("ng") || tag.equals("ns")) return false; // a bound morpheme (返堰|师生 must not take 堰), a place
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("b") || tag.equals("j") || tag.equals("l")
                || tag.equals("a") || tag.equals("an") || tag.equals("t");
    }
}
