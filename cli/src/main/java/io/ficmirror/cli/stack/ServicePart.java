package io.ficmirror.cli.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One of the four ficmirror services, run from its packaged Quarkus app, configured through the environment. */
final class ServicePart implements Part {
    private final StackSettings settings;
    private final Service service;

    ServicePart(StackSettings settings, Service service) {
        this.settings = settings;
        this.service = service;
    }

    @Override
    public String name() {
        return service.module();
    }

    @Override
    public Path log() {
        return settings.log(name());
    }

    @Override
    public String address() {
        return settings.serviceUrl(service);
    }

    @Override
    public void start() throws IOException {
        if (process().isPresent()) {
            return;
        }
        Path jar = settings.serviceJar(service);
        if (!Files.isRegularFile(jar)) {
            throw new StackFailure(jar + " is missing; build the project first: ./mvnw package -DskipTests");
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(settings.servicePort(service)));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", settings.postgresJdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", settings.postgresUser());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", settings.postgresPassword());
        environment.put("QUARKUS_ELASTICSEARCH_HOSTS", "127.0.0.1:" + settings.elasticsearchPort());
        environment.put("FICMIRROR_CATALOG_URL", settings.serviceUrl(Service.CATALOG));
        if (settings.apiKey() != null) {
            environment.put("FICMIRROR_API_KEY", settings.apiKey());
        }
        // "{service}" in the options becomes the service's name, e.g. for one flight recording per service
        String heap = System.getenv().getOrDefault("FICMIRROR_SERVICE_JAVA_OPTS", "-Xmx512m").replace("{service}", name());
        List<String> command = new java.util.ArrayList<>(List.of(KafkaPart.javaExecutable()));
        command.addAll(List.of(heap.split("\\s+")));
        command.addAll(List.of("-Dficmirror.home=" + settings.home(), "-jar", jar.toString()));
        long pid = Processes.startDetached(command, environment, log(), false, settings.home());
        Processes.writePid(settings.pidFile(name()), pid);
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Processes.recorded(settings.pidFile(name()), "-Dficmirror.home=" + settings.home());
    }

    @Override
    public boolean healthy() {
        return Http.answers200(address() + "/q/health/ready");
    }

    @Override
    public void stop() {
        process().ifPresent(p -> Processes.stopTree(p, Duration.ofSeconds(20)));
    }
}
