package org.jindu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is what core's module descriptor exports to everyone, and every change to it is a
 * decision: this test lists the public and protected types and members of the exported packages and
 * compares the list with {@code core/api/jindu-core.api}. After a deliberate change, rewrite the file
 * with {@code mvn -pl core test -Dtest=ApiListingTest -Djindu.api.update=true} and commit it with the
 * change.
 */
class ApiListingTest {
    private static final Path LISTING = Path.of("api", "jindu-core.api");

    @Test
    void publicApiMatchesTheCommittedListing() throws Exception {
        String actual = String.join("\n", listing()) + "\n";
        if (Boolean.getBoolean("jindu.api.update")) {
            Files.createDirectories(LISTING.getParent());
            Files.writeString(LISTING, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(LISTING), "no API listing at core/" + LISTING + ": create it with -Djindu.api.update=true");
        assertEquals(Files.readString(LISTING, StandardCharsets.UTF_8), actual,
                "the public API changed; if that is intended, run mvn -pl core test -Dtest=ApiListingTest"
                        + " -Djindu.api.update=true and commit core/" + LISTING);
    }

    @Test
    void onlyTheDocumentedPackagesAreExported() throws Exception {
        List<String> open = exportedPackages();
        assertEquals(List.of("org.jindu", "org.jindu.exception", "org.jindu.json", "org.jindu.layout", "org.jindu.model",
                "org.jindu.quantity", "org.jindu.read", "org.jindu.read.ocr", "org.jindu.timeline"), open);
    }

    private static List<String> exportedPackages() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            return ModuleDescriptor.read(in).exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .sorted()
                    .toList();
        }
    }

    private static List<String> listing() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String pkg : exportedPackages()) {
            Path dir = Path.of("target", "classes").resolve(pkg.replace('.', '/'));
            List<String> classes;
            try (Stream<Path> files = Files.list(dir)) {
                classes = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                        .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()).replace('$', '.'))
                        .sorted()
                        .toList();
            }
            for (String name : classes) {
                Class<?> c = load(name);
                if (c == null || !visible(c)) continue;
                lines.add(describe(c));
                TreeSet<String> members = new TreeSet<>();
                for (Field f : c.getDeclaredFields()) if (visible(f) && !f.isSynthetic()) members.add(f.toGenericString());
                for (Executable e : c.getDeclaredConstructors()) if (visible(e) && !e.isSynthetic()) members.add(e.toGenericString());
                Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> visible(m) && !m.isSynthetic() && !m.isBridge())
                        .forEach(m -> members.add(m.toGenericString()));
                members.forEach(m -> lines.add("  " + m));
            }
        }
        return lines;
    }

    /** A class by its binary-ish name, nested classes included ("a.B.C" tries a.B$C too). */
    private static Class<?> load(String dotted) {
        String name = dotted;
        while (true) {
            try {
                return Class.forName(name, false, ApiListingTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0 || name.lastIndexOf('$') > dot) return null;
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
                if (!name.contains(".")) return null;
            }
        }
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            int m = k.getModifiers();
            if (!Modifier.isPublic(m) && !Modifier.isProtected(m)) return false;
        }
        return !c.isAnonymousClass() && !c.isSynthetic();
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    private static String describe(Class<?> c) {
        String kind = c.isRecord() ? "record" : c.isEnum() ? "enum" : c.isAnnotation() ? "@interface"
                : c.isInterface() ? "interface" : "class";
        int bits = c.getModifiers() & ~Modifier.INTERFACE;
        if (c.isInterface()) bits &= ~Modifier.ABSTRACT;
        String mods = Modifier.toString(bits);
        StringBuilder s = new StringBuilder(mods).append(' ').append(kind).append(' ').append(c.getName());
        if (c.getSuperclass() != null && c.getSuperclass() != Object.class && !c.isEnum() && !c.isRecord())
            s.append(" extends ").append(c.getSuperclass().getName());
        if (c.getInterfaces().length > 0)
            s.append(c.isInterface() ? " extends " : " implements ")
                    .append(String.join(", ", Arrays.stream(c.getInterfaces()).map(Class::getName).toList()));
        return s.toString();
    }
}
