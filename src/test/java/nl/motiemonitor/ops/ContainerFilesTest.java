package nl.motiemonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.HealthcheckCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile and docker-compose.yml checked without Docker (neither CI nor the developers' machines have an
 * engine): what makes the image run anywhere, and the scale profile's wiring.
 */
class ContainerFilesTest {

    private static final List<String> SCALE_APPS = List.of("app-1", "app-2");
    private static List<String> runtimeStage;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void read() throws IOException {
        List<String> instructions = instructions(Files.readString(Path.of("Dockerfile")));
        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                lastFrom = i;
            }
        }
        runtimeStage = instructions.subList(lastFrom, instructions.size());
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = cast(compose.get("services"));
    }

    @Test
    void theImageRunsAsAnUnprivilegedUser() {
        String user = instruction("USER");
        assertThat(user.split(":")[0]).isNotIn("root", "0").matches("[1-9][0-9]*|[a-z][a-z0-9_-]*");
    }

    @Test
    void theImageChecksItsHealthWithTheJarsOwnCommand() {
        List<String> check = quoted(instruction("HEALTHCHECK").replaceFirst("^.*?\\bCMD\\b", ""));
        List<String> entrypoint = quoted(instruction("ENTRYPOINT"));

        assertThat(check.get(0)).isEqualTo("java");
        // the same jar as the entrypoint, and a command its main method dispatches (HealthcheckCommandTest runs it)
        String jar = entrypoint.get(entrypoint.indexOf("-jar") + 1);
        assertThat(check).containsSubsequence("-jar", jar, HealthcheckCommand.NAME);
        assertThat(check.get(check.size() - 1)).isEqualTo(HealthcheckCommand.NAME);
    }

    @Test
    void theImageWritesOnlyBelowTmp() {
        String options = instruction("ENV");
        assertThat(options).contains("-Djava.io.tmpdir=/tmp", "-XX:-UsePerfData", "-XX:ErrorFile=/tmp/");
        for (String app : SCALE_APPS) {
            assertThat(services.get(app)).as(app).containsEntry("read_only", true);
            assertThat(strings(services.get(app).get("tmpfs"))).as(app).anyMatch(mount -> mount.matches("/tmp(:.*)?"));
        }
    }

    @Test
    void theDefaultStaysOneAppOnOneDatabase() {
        List<String> always = services.entrySet().stream().filter(service -> !service.getValue().containsKey("profiles"))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(always).containsExactly("app", "postgres");
        assertThat(strings(services.get("app").get("ports"))).containsExactly("8080:8080");
        for (String service : List.of("app-1", "app-2", "proxy", "postgres-replica")) {
            assertThat(strings(services.get(service).get("profiles"))).as(service).containsExactly("scale");
        }
    }

    @Test
    void everyDependencyIsAServiceAndTheProxyWaitsForHealthyApps() {
        services.forEach((name, service) -> {
            Map<String, Object> dependsOn = cast(service.getOrDefault("depends_on", Map.of()));
            assertThat(services.keySet()).as(name + " depends on").containsAll(dependsOn.keySet());
        });
        Map<String, Map<String, Object>> proxyDependsOn = cast(services.get("proxy").get("depends_on"));
        for (String app : SCALE_APPS) {
            assertThat(proxyDependsOn.get(app)).as(app).containsEntry("condition", "service_healthy");
            assertThat(services.get(app)).as(app).doesNotContainKey("healthcheck"); // the image's HEALTHCHECK holds
        }
    }

    @Test
    void everyFileMountedFromTheRepositoryExists() {
        List<String> sources = new ArrayList<>();
        services.values().forEach(service -> strings(service.getOrDefault("volumes", List.of())).stream()
                .filter(volume -> volume.startsWith("./")).forEach(volume -> sources.add(volume.split(":")[0])));
        assertThat(sources).contains("./ops/proxy/nginx.conf", "./ops/postgres/primary-init.sh",
                "./ops/postgres/replica-entrypoint.sh");
        for (String source : sources) {
            assertThat(Path.of(source)).as(source).isRegularFile();
            if (source.endsWith(".sh")) {
                assertThat(Path.of(source)).as(source).isExecutable();
            }
        }
    }

    @Test
    void theProxySpreadsOverBothAppsWhichBelieveOnlyItsForwardedHeaders() throws IOException {
        String nginx = Files.readString(Path.of("ops/proxy/nginx.conf"));
        for (String app : SCALE_APPS) {
            assertThat(nginx).contains("server " + app + ":8080");
        }
        assertThat(nginx).contains("proxy_pass http://motiemonitor;", "X-Forwarded-For $proxy_add_x_forwarded_for",
                "X-Forwarded-Proto $scheme");

        Map<String, Map<String, Object>> proxyNetworks = cast(services.get("proxy").get("networks"));
        String proxyAddress = (String) proxyNetworks.get("edge").get("ipv4_address");
        for (String app : SCALE_APPS) {
            Map<String, Object> environment = cast(services.get(app).get("environment"));
            String trusted = (String) environment.get("SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES");
            assertThat(proxyAddress).as(app).matches(trusted);
            assertThat("172.30.0.11").as(app).doesNotMatch(trusted);
            assertThat((String) environment.get("MOTIEMONITOR_REPLICA_URL")).as(app)
                    .isEqualTo("jdbc:postgresql://postgres-replica:5432/motiemonitor");
            assertThat(strings(services.get(app).get("networks"))).as(app).contains("edge");
        }
    }

    /** The Dockerfile's instructions, continuation lines joined, comments left out. */
    private static List<String> instructions(String dockerfile) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line);
            if (!continues) {
                if (!current.toString().isBlank()) {
                    instructions.add(current.toString().strip());
                }
                current.setLength(0);
            }
        }
        return instructions;
    }

    /** The arguments of the runtime stage's (last) instruction of this name. */
    private static String instruction(String name) {
        return runtimeStage.stream().filter(line -> line.startsWith(name + " ")).reduce((first, last) -> last)
                .map(line -> line.substring(name.length() + 1)).orElseThrow(() -> new AssertionError("No " + name));
    }

    private static List<String> quoted(String exec) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"([^\"]*)\"").matcher(exec);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object yaml) {
        return (T) yaml;
    }
}
