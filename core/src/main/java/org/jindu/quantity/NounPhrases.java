package org.jindu.quantity;

import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * The installed {@link SubjectTrimmer}, looked up the first time a long subject needs one: a scanner
 * that never meets a long subject, or has noun phrases turned off, never loads it.
 */
final class NounPhrases {
    /** Subjects this long or shorter are kept whole: 招聘补充教师 is what was counted, verbs and all. */
    static final int KEEP_UP_TO = 8;

    private NounPhrases() {
    }

    private static final class Holder {
        static final SubjectTrimmer TRIMMER = load();

        private static SubjectTrimmer load() {
            Iterator<SubjectTrimmer> it =
                    ServiceLoader.load(SubjectTrimmer.class, NounPhrases.class.getClassLoader()).iterator();
            return it.hasNext() ? it.next() : null;
        }
    }

    /** Whether a trimmer is installed (jindu-hanlp on the class path). */
    static boolean available() {
        return Holder.TRIMMER != null;
    }

    /** {@code subject} cut to its noun phrase when it is long and a trimmer is installed, else itself. */
    static String trim(String subject) {
        if (subject == null || subject.length() <= KEEP_UP_TO) return subject;
        SubjectTrimmer trimmer = Holder.TRIMMER;
        return trimmer == null ? subject : trimmer.trim(subject);
    }
}
