package io.ficmirror.cli;

import io.ficmirror.cli.stack.LocalStack;
import io.ficmirror.cli.stack.StackSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "up", description = "Starts the local stack (Kafka, Elasticsearch, PostgreSQL, the four services) and waits until it is healthy.")
class UpCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        LocalStack stack = new LocalStack(StackSettings.fromEnvironment(), System.out);
        stack.up();
        StatusCommand.print(stack);
        return 0;
    }
}
