package org.jindu.quantity;

/**
 * Cuts a long subject to the noun phrase that ends it: "下达…义务教育薄弱环节改善与能力提升中央资金" to
 * 中央资金. The scanner finds subjects by rule; a trimmer refines the long ones with a segmenter and
 * part-of-speech tags. One is found through {@link java.util.ServiceLoader} ({@code jindu-hanlp}
 * provides one, on HanLP); without one, long subjects are kept as the rules found them.
 *
 * <p>Implementations need a public no-argument constructor, must be thread-safe, and should load
 * their dictionaries on the first call, not when constructed.
 */
public interface SubjectTrimmer {
    /**
     * The run of noun-like words that ends {@code subject}, or {@code subject} itself when it does not
     * end in a noun.
     */
    String trim(String subject);
}
