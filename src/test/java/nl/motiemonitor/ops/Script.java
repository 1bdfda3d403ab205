package nl.motiemonitor.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a script of the repository (from its root, where Maven runs the tests) and collects what it printed. */
final class Script {

    private Script() {
    }

    record Result(int exit, String output) {
    }

    static Result run(String script, String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), script, arguments);
    }

    static Result run(Map<String, String> environment, String script, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The connection comes from the arguments only, not from the machine's libpq variables.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
