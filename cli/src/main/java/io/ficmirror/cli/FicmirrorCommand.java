package io.ficmirror.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ficmirror", mixinStandardHelpOptions = true, version = "ficmirror 0.1.0",
        description = "Imports fan-fiction archive mirrors into a searchable catalogue.",
        subcommands = {
                ParseCommand.class})
public class FicmirrorCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new FicmirrorCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
