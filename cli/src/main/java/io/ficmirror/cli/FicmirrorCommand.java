package io.ficmirror.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ficmirror", mixinStandardHelpOptions = true, version = "ficmirror 0.1.0",
        description = "Imports fan-fiction archive mirrors into a searchable catalogue.",
        subcommands = {UpCommand.class, DownCommand.class, StatusCommand.class, ImportCommand.class,
                ParseCommand.class, SearchCommand.class, ReindexCommand.class, DemoCommand.class,
                        GenerateCommand.class, io.ficmirror.cli.bench.BenchCommand.class,
                        io.ficmirror.cli.verify.VerifyCommand.class, io.ficmirror.cli.audit.AuditCommand.class})
public class FicmirrorCommand {

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new FicmirrorCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, command, parsed) -> {
                    command.getErr().println("ficmirror " + command.getCommandName() + ": " + exception.getMessage());
                    if (System.getenv("FICMIRROR_DEBUG") != null) {
                        exception.printStackTrace(command.getErr());
                    }
                    return 1;
                });
        System.exit(commandLine.execute(args));
    }
}
