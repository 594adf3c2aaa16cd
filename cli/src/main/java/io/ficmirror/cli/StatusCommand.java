package io.ficmirror.cli;

import io.ficmirror.cli.stack.LocalStack;
import io.ficmirror.cli.stack.StackSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "status", description = "Shows each part of the local stack (address, process, health) and consumer lag.")
class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        LocalStack stack = new LocalStack(StackSettings.fromEnvironment(), System.out);
        return print(stack) ? 0 : 1;
    }

    /** Prints the status table; true when every part is healthy. */
    static boolean print(LocalStack stack) {
        boolean allHealthy = true;
        System.out.printf("%-16s %-8s %-9s %s%n", "PART", "STATE", "PID", "ADDRESS");
        for (LocalStack.PartStatus part : stack.status()) {
            String state = part.healthy() ? "healthy" : part.pid() != null ? "starting" : "down";
            allHealthy &= part.healthy();
            System.out.printf("%-16s %-8s %-9s %s%n", part.name(), state,
                    part.external() ? "external" : part.pid() == null ? "-" : part.pid(), part.address());
        }
        Map<String, Map<String, Long>> lag = stack.consumerLag();
        if (!lag.isEmpty()) {
            System.out.println();
            System.out.printf("%-22s %-22s %s%n", "CONSUMER GROUP", "TOPIC", "LAG");
            lag.forEach((group, topics) -> topics.forEach((topic, behind) ->
                    System.out.printf("%-22s %-22s %d%n", group, topic, behind)));
        }
        System.out.println();
        System.out.println("Search page: " + stack.settings().serviceUrl(io.ficmirror.cli.stack.Service.SEARCH) + "/"
                + "   Logs: " + stack.settings().logs());
        return allHealthy;
    }
}
