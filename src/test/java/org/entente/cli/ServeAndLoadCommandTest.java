package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve and load commands refuse bad input before touching a store or a port. */
class ServeAndLoadCommandTest {
    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serveRefusesAMissingPasswordFileAndAPasswordFileWithoutUpdate(@TempDir Path dir) {
        Run missing = run("serve", "--update", "--password-file", dir.resolve("nope").toString(), "--store", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("cannot read password file"), missing.err());
        Run unused = run("serve", "--password-file", dir.resolve("nope").toString());
        assertEquals(ExitCode.USAGE, unused.code());
        assertTrue(unused.err().contains("only used with --update"), unused.err());
    }

    @Test
    void serveRefusesAQueriesFolderThatIsNotThere(@TempDir Path dir) {
        Run r = run("serve", "--port", "0", "--queries", dir.resolve("no-queries").toString(), "--store", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--queries") && r.err().contains("no such folder"), r.err());
    }

    @Test
    void serveRefusesWritesOnANonLoopbackHostUnlessToldTheyAreInsecure(@TempDir Path dir) throws IOException {
        Path passwords = Files.writeString(dir.resolve("pw"), "alice: s3cret\n");
        Run r = run("serve", "--port", "0", "--host", "0.0.0.0", "--update", "--password-file", passwords.toString(),
                "--store", dir.resolve("none").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("clear text") && r.err().contains("--insecure-remote-writes"), r.err());
        Run allowed = run("serve", "--port", "0", "--host", "0.0.0.0", "--update", "--insecure-remote-writes",
                "--password-file", passwords.toString(), "--store", dir.resolve("none").toString());
        assertTrue(allowed.err().contains("run 'entente build' first"), "got as far as the store: " + allowed.err());
    }

    @Test
    void loadAndBuildTakeTheRemotePasswordFileOptionAndATimeout(@TempDir Path dir) {
        Run r = run("load", "--store", dir.toString(), "--to", "http://127.0.0.1:9/data",
                "--remote-password-file", dir.resolve("pw").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("give --user too"), r.err());
        Run zero = run("load", "--store", dir.toString(), "--to", "http://127.0.0.1:9/data", "--timeout", "0");
        assertEquals(ExitCode.USAGE, zero.code());
        assertTrue(zero.err().contains("--timeout"), zero.err());
    }

    @Test
    void serveRefusesAStoreThatIsNotThere(@TempDir Path dir) {
        Run r = run("serve", "--port", "0", "--store", dir.resolve("none").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("run 'entente build' first"), r.err());
    }

    @Test
    void loadRefusesAUrlThatIsNotHttp(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Run r = run("load", "--store", store.toString(), "--to", "file:///etc/passwd");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--to"), r.err());
        assertTrue(Files.notExists(store), "no store was opened, so none was created");
        assertEquals(ExitCode.USAGE, run("load", "--store", dir.toString()).code());
        Run build = run("build", "--store", store.toString(), "--to", "ftp://example.org/");
        assertEquals(ExitCode.USAGE, build.code());
        assertTrue(Files.notExists(store), "the URL is checked before the build starts");
    }
}
