package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.extract.time.TimemlBenchmark;
import org.entente.extract.time.TimexType;
import org.entente.input.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench-dates", description = "Score the date normaliser against the DATE, TIME, DURATION and SET "
        + "annotations of a folder of TimeML files.")
final class BenchDatesCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder holding .tml files (searched recursively).")
    Path directory;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw InputException.of(directory.toString(), "no such folder; give a folder of TimeML (.tml) files");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            if (files.noneMatch(p -> p.getFileName().toString().endsWith(".tml"))) {
                throw InputException.of(directory.toString(), "no TimeML (.tml) file in this folder or under it");
            }
        }
        TimemlBenchmark.Result r = new TimemlBenchmark().run(directory);
        r.problems().forEach(p -> root.err.println("entente: skipped " + p));
        root.out.printf(Locale.ROOT, "files %d%n", r.files());
        root.out.printf(Locale.ROOT, "%-8s %5s %10s %8s %8s %9s %8s%n",
                "type", "gold", "predicted", "value P", "value R", "value F1", "span F1");
        for (TimexType type : TimexType.values()) {
            print(type.name(), r.type(type));
        }
        print("all", r.allTypes());
        root.out.println("most frequent errors:");
        r.errorKinds().forEach(k -> root.out.printf(Locale.ROOT, "%5d  %s%n", k.count(), k.description()));
        return ExitCode.OK;
    }

    private void print(String label, TimemlBenchmark.Row row) {
        TimemlBenchmark.Score v = row.value();
        root.out.printf(Locale.ROOT, "%-8s %5d %10d %8.3f %8.3f %9.3f %8.3f%n", label, row.gold(), row.predicted(),
                v.precision(), v.recall(), v.f1(), row.span().f1());
    }
}
