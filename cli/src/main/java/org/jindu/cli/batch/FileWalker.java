package org.jindu.cli.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a batch reads: each file named, and every file under each folder named, in a stable order
 * (names sorted within each folder), filtered by include and exclude globs.
 *
 * <p>A glob without {@code /} is matched against the file's (or folder's) name, so {@code *.txt} means
 * every text file at any depth; a glob with {@code /} is matched against the path relative to the folder
 * named on the command line ({@code 2021/**}). An excluded folder is not entered. Files named on the
 * command line are always read. Symbolic links to folders are not followed, so a link loop cannot trap
 * the walk. The walk holds one folder listing at a time, never the whole list of files.
 */
public final class FileWalker {
    private final List<Glob> includes;
    private final List<Glob> excludes;

    public FileWalker(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Glob::new).toList();
        this.excludes = excludes.stream().map(Glob::new).toList();
    }

    /** What the walk finds. */
    public interface Visitor {
        void file(Path file);

        /** A folder that could not be listed; the walk goes on with the rest. */
        default void unreadableFolder(Path folder, IOException e) {
        }
    }

    /** Hands every file to {@code action}, in order. */
    public void walk(List<Path> roots, Visitor action) {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walkFolder(root, root, action);
            } else {
                action.file(root);
            }
        }
    }

    /** How many files {@link #walk} would hand over: a first cheap pass, for the progress bar. */
    public long count(List<Path> roots) {
        long[] n = {0};
        walk(roots, p -> n[0]++);
        return n[0];
    }

    private void walkFolder(Path root, Path folder, Visitor action) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            action.unreadableFolder(folder, e);
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            Path relative = root.relativize(entry);
            if (matchesAny(excludes, relative)) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walkFolder(root, entry, action);
            } else if (Files.isRegularFile(entry) && (includes.isEmpty() || matchesAny(includes, relative))) {
                action.file(entry);
            }
        }
    }

    private static boolean matchesAny(List<Glob> globs, Path relative) {
        for (Glob glob : globs) {
            if (glob.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** One --include or --exclude pattern. */
    private static final class Glob {
        private final PathMatcher matcher;
        private final boolean onName;

        Glob(String pattern) {
            this.onName = !pattern.contains("/");
            this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        }

        boolean matches(Path relative) {
            Path target = onName ? relative.getFileName() : relative;
            return target != null && matcher.matches(target);
        }
    }
}
