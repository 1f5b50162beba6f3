package org.entente;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, started as a user would start it: for
 * what a test's own JVM cannot do, such as running short of heap or being
 * sent a signal. Its output lines are collected as they come.
 */
public final class EntenteProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> err = new LinkedBlockingQueue<>();

    private EntenteProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    /**
     * Starts {@code entente ARGS} with this test run's class path.
     *
     * @param heap the JVM's {@code -Xmx}, e.g. "192m"
     */
    public static EntenteProcess start(String heap, List<String> args) {
        return start(List.of(), heap, args);
    }

    /** Starts {@code entente ARGS} behind a command prefix (such as {@code unshare ...}). */
    public static EntenteProcess start(List<String> prefix, String heap, List<String> args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.entente.cli.Main");
        command.addAll(args);
        try {
            return new EntenteProcess(new ProcessBuilder(command).directory(TestProject.root().toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pump(java.io.InputStream in, BlockingQueue<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** The next line on standard output or standard error that contains {@code text}; null when none comes in time. */
    public String awaitLine(boolean stdout, String text, long seconds) throws InterruptedException {
        BlockingQueue<String> lines = stdout ? out : err;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
        }
        return null;
    }

    public Process process() {
        return process;
    }

    /**
     * Sends SIGTERM, as {@code kill} does, keeping the output readable
     * ({@link Process#destroy} would close the pipes it comes through).
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the end; returns the exit code, or -1 when it has not ended in time (it is then killed). */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /** Every line still unread on standard error. */
    public String drainErr() {
        List<String> rest = new ArrayList<>();
        err.drainTo(rest);
        return String.join("\n", rest);
    }

    /** Every line still unread on standard output. */
    public String drainOut() {
        List<String> rest = new ArrayList<>();
        out.drainTo(rest);
        return String.join("\n", rest);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
