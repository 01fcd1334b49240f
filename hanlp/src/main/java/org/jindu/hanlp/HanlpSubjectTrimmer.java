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
 */
public final class HanlpSubjectTrimmer implements SubjectTrimmer {
    /** Subjects this long or shorter are kept whole: 招聘补充教师 is what was counted, verbs and all. */
    static final int KEEP_UP_TO = 8;

    /** Loaded on first use, once per JVM; one segmenter per thread. */
    private static final class Holder {
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
     * The run of noun-like words that ends {@code subject}, or {@code subject} itself when it is short,
     * when it does not end in a noun, or when the run would be a single character.
     */
    @Override
    public String trim(String subject) {
        if (subject == null || subject.length() <= KEEP_UP_TO) return subject;
        List<Term> terms = Holder.SEGMENT.get().seg(subject);
        int keep = 0;
        for (int i = terms.size() - 1; i >= 0; i--) {
            if (!nounLike(terms.get(i))) break;
            keep += terms.get(i).word.length();
        }
        if (keep < 2 || keep > subject.length()) return subject;
        return subject.substring(subject.length() - keep);
    }

    private static boolean nounLike(Term t) {
        String tag = t.nature == null ? "" : t.nature.toString();
        if (tag.equals("ng")) return false; // a bound noun morpheme: 返堰|师生 must not take 堰
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("b") || tag.equals("j") || tag.equals("l")
                || tag.equals("a") || tag.equals("t");
    }
}
