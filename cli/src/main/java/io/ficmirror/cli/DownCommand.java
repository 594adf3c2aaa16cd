package io.ficmirror.cli;

import io.ficmirror.cli.stack.LocalStack;
import io.ficmirror.cli.stack.StackSettings;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "down", description = "Stops every process of the local stack.")
class DownCommand implements Callable<Integer> {

    @Option(names = "--purge", description = "also delete the stack's data and logs (the catalogue and index are lost)")
    boolean purge;

    @Override
    public Integer call() throws Exception {
        StackSettings settings = StackSettings.fromEnvironment();
        List<String> stopped = new LocalStack(settings, System.out).down();
        System.out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
        if (purge && Files.isDirectory(settings.home())) {
            Folders.deleteRecursively(settings.home());
            System.out.println("Deleted " + settings.home());
        }
        return 0;
    }
}
