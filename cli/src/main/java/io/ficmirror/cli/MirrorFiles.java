package io.ficmirror.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files an import sends: folders walked recursively in name order, hidden files left out. */
final class MirrorFiles {
    private MirrorFiles() {
    }

    /**
     * @param archive the mirror's name: the folder's own name, or for a single file the folder it is in
     * @param path    the file's path inside the mirror, with forward slashes
     */
    record MirrorFile(Path file, String archive, String path) {
    }

    static List<MirrorFile> collect(List<Path> arguments) throws IOException {
        List<MirrorFile> files = new ArrayList<>();
        for (Path argument : arguments) {
            Path absolute = argument.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                String archive = nameOf(absolute);
                try (Stream<Path> walk = Files.walk(absolute)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !hidden(absolute.relativize(file)))
                            .sorted()
                            .forEach(file -> files.add(new MirrorFile(file, archive,
                                    absolute.relativize(file).toString().replace('\\', '/'))));
                }
            } else if (Files.isRegularFile(absolute)) {
                files.add(new MirrorFile(absolute, nameOf(absolute.getParent()), absolute.getFileName().toString()));
            } else {
                throw new IOException(argument + " is neither a file nor a folder");
            }
        }
        return files;
    }

    private static String nameOf(Path folder) {
        return folder == null || folder.getFileName() == null ? "local" : folder.getFileName().toString();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
