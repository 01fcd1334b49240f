package org.jindu.cli.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a batch reads: each file named, and every file under each folder named, in a stable order
 * (names sorted within each folder), filtered by include and exclude globs.
 *
 * <p>A glob without {@code /} is matched against the file's (or folder's) name, so {@code *.txt} means
 * every text file at any depth; a glob with {@code /} is matched against the path relative to the folder
 * named on the command line ({@code 2021/**}). An excluded folder is not entered. Files named on the
 * command line are always read. Symbolic links to files are read; symbolic links to folders are not
 * followed, so a link loop cannot trap the walk. What the walk passes over is told to
 * {@link Visitor#skipped}: links to folders, links that lead nowhere (dangling, or a loop), FIFOs,
 * sockets and devices (reading a FIFO would wait forever). The files given to {@link #never} (the
 * batch's own database and its journal files) are passed over without a word. The walk holds one folder
 * listing at a time, never the whole list of files.
 */
public final class FileWalker {
    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final Set<Path> never = new HashSet<>();

    public FileWalker(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Glob::new).toList();
        this.excludes = excludes.stream().map(Glob::new).toList();
    }

    /** Never hands out these files, even when named or under a folder named; returns this walker. */
    public FileWalker never(Collection<Path> files) {
        for (Path file : files) {
            never.add(file.toAbsolutePath().normalize());
        }
        return this;
    }

    /** The database of a batch and the files SQLite keeps beside it, which no walk may read. */
    public static List<Path> databaseFiles(Path db) {
        Path absolute = db.toAbsolutePath().normalize();
        Path fileName = absolute.getFileName();
        if (fileName == null) {
            return List.of(absolute); // a file system root: no database can sit there
        }
        String name = fileName.toString();
        return List.of(absolute, absolute.resolveSibling(name + "-wal"), absolute.resolveSibling(name + "-shm"),
                absolute.resolveSibling(name + "-journal"), absolute.resolveSibling(name + ".lock"));
    }

    /** What the walk finds. */
    public interface Visitor {
        void file(Path file);

        /** A folder that could not be listed; the walk goes on with the rest. */
        default void unreadableFolder(Path folder, IOException e) {
        }

        /** A path passed over, and why, in plain words. */
        default void skipped(Path path, String why) {
        }
    }

    /** Hands every file to {@code action}, in order. */
    public void walk(List<Path> roots, Visitor action) {
        for (Path root : roots) {
            if (isNever(root)) {
                continue;
            }
            if (Files.isDirectory(root)) {
                walkFolder(root, root, action);
            } else if (Files.isRegularFile(root)) {
                action.file(root);
            } else if (Files.exists(root)) {
                action.skipped(root, "not a regular file (a FIFO, socket or device)");
            } else {
                action.file(root); // gone since it was named: reading it says so
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
            if (isNever(entry)) {
                continue;
            }
            BasicFileAttributes own;
            try {
                own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                action.skipped(entry, "cannot be examined: " + Failures.message(e, entry.toString()));
                continue;
            }
            if (own.isDirectory()) {
                walkFolder(root, entry, action);
                continue;
            }
            if (!includes.isEmpty() && !matchesAny(includes, relative)) {
                continue;
            }
            if (own.isRegularFile()) {
                action.file(entry);
            } else if (own.isSymbolicLink()) {
                link(entry, action);
            } else {
                action.skipped(entry, "not a regular file (a FIFO, socket or device)");
            }
        }
    }

    private void link(Path link, Visitor action) {
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            action.skipped(link, "a symbolic link that leads nowhere (its target is missing, or a loop)");
            return;
        }
        if (target.isDirectory()) {
            action.skipped(link, "a symbolic link to a folder (links to folders are not followed)");
        } else if (!target.isRegularFile()) {
            action.skipped(link, "a symbolic link to something that is not a regular file");
        } else if (isNever(real(link))) {
            return;
        } else {
            action.file(link);
        }
    }

    private static Path real(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            return link;
        }
    }

    private boolean isNever(Path path) {
        return !never.isEmpty() && never.contains(path.toAbsolutePath().normalize());
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
