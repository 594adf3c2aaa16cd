package io.ficmirror.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

public class GenerateCommand {
    public static void generateUnlessPresent(Path out, int works, long seed, PrintStream progress) {
        if (!Files.isDirectory(out)) {
            throw new IllegalStateException("TODO " + out);
        }
    }
}
